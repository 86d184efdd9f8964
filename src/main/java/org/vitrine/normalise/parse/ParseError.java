package org.vitrine.normalise.parse;

import org.vitrine.model.Problem;

/**
 * A value that cannot be read. {@code key} names the message in {@code i18n/parse}: {@code key} is
 * the reason and {@code key.fix} says what to do. Parsers throw it; the normaliser turns it into a
 * reject line.
 */
public class ParseError extends Problem {

    public ParseError(String key, Object... args) {
        super(null, key, args);
    }
}
