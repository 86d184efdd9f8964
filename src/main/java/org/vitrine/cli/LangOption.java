package org.vitrine.cli;

import picocli.CommandLine;

/** The value of {@code --lang}: fr or en, anything else refused as the command line is read. */
final class LangOption implements CommandLine.ITypeConverter<String> {

    @Override
    public String convert(String value) {
        if (!"fr".equals(value) && !"en".equals(value)) {
            throw new CommandLine.TypeConversionException(value);
        }
        return value;
    }
}
