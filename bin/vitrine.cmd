@echo off
rem Vitrine launcher (Windows). Builds Vitrine the first time, then runs it.
setlocal
set "HOME_DIR=%~dp0.."
if not exist "%HOME_DIR%\target\vitrine.jar" (
  echo Vitrine : construction (premiere fois seulement)...
  pushd "%HOME_DIR%" && call mvn -B -q -DskipTests package && popd || exit /b 2
)
if "%VITRINE_HEAP%"=="" set "VITRINE_HEAP=2g"
java -Xmx%VITRINE_HEAP% -Dfile.encoding=UTF-8 "-Dvitrine.home=%HOME_DIR%" %VITRINE_JAVA_OPTS% -jar "%HOME_DIR%\target\vitrine.jar" %*
