package org.vitrine.normalise.parse;

/**
 * A value that cannot be read. {@code key} names the message in {@code messages*.properties}:
 * {@code key} is the reason and {@code key.fix} says what to do; {@code args} fill placeholders
 * ({0}, {1}, ...). Parsers throw it; the normaliser turns it into a reject line.
 */
public class ParseError extends Exception {

    private final String key;
    private final transient Object[] args;

    public ParseError(String key, Object... args) {
        super(key, null, false, false);
        this.key = key;
        this.args = args;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args;
    }
}
