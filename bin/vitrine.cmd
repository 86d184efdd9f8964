@echo off
rem Vitrine launcher (Windows). In a release archive it needs only Java 17; in a source checkout it
rem builds Vitrine with Maven the first time.
setlocal
set "HOME_DIR=%~dp0.."
set "JAR=%HOME_DIR%\vitrine.jar"
if exist "%JAR%" goto run
set "JAR=%HOME_DIR%\target\vitrine.jar"
if not exist "%JAR%" (
  echo Vitrine : construction (premiere fois seulement)...
  pushd "%HOME_DIR%" && call mvn -B -q -Dmaven.test.skip=true package && popd || exit /b 2
)
:run
if "%VITRINE_HEAP%"=="" set "VITRINE_HEAP=2g"
java -Xmx%VITRINE_HEAP% -Dfile.encoding=UTF-8 "-Dvitrine.home=%HOME_DIR%" %VITRINE_JAVA_OPTS% -jar "%JAR%" %*
