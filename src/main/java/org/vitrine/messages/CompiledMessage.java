package org.vitrine.messages;

import java.text.ChoiceFormat;
import java.text.FieldPosition;
import java.text.Format;
import java.text.MessageFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One message pattern compiled once, for one thread (a MessageFormat is not thread-safe). Gives the text
 * of {@link MessageFormat#format(Object)}, but a choice whose chosen text holds placeholders
 * ("{0,choice,1#un acheteur|1&lt;{0,number,integer} acheteurs}") is compiled once per choice, where
 * MessageFormat compiles it again at every call — most of the cost of a risk message. Likewise a bare
 * {@code {0}} given a number: MessageFormat builds a new NumberFormat for it at every call; here one
 * is built per message ({@link Plain}).
 */
final class CompiledMessage {

    private final MessageFormat format;
    private final List<NestedChoice> nested = new ArrayList<>();

    CompiledMessage(String pattern, Locale locale) {
        format = compile(pattern, locale);
        Format[] byElement = format.getFormats();
        for (int i = 0; i < byElement.length; i++) {
            if (byElement[i] instanceof ChoiceFormat choice && hasPlaceholder(choice)) {
                NestedChoice n = new NestedChoice(choice, locale);
                nested.add(n);
                format.setFormat(i, n);
            }
        }
    }

    /** A MessageFormat whose bare placeholders ({@code {0}}) format as MessageFormat would, without its per-call cost. */
    private static MessageFormat compile(String pattern, Locale locale) {
        MessageFormat f = new MessageFormat(pattern, locale);
        Format[] byElement = f.getFormats();
        Plain plain = null;
        for (int i = 0; i < byElement.length; i++) {
            if (byElement[i] == null) {
                plain = plain == null ? new Plain(locale) : plain;
                f.setFormat(i, plain);
            }
        }
        return f;
    }

    String format(Object[] args) {
        for (NestedChoice n : nested) {
            n.args = args;
        }
        return format.format(args);
    }

    private static boolean hasPlaceholder(ChoiceFormat choice) {
        for (Object text : choice.getFormats()) {
            if (String.valueOf(text).indexOf('{') >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Stands in for a ChoiceFormat inside the message: not a ChoiceFormat itself, so MessageFormat appends
     * what it returns, which is the chosen text formatted as MessageFormat would, with all the message's
     * arguments, by a format compiled the first time that text is chosen.
     */
    private static final class NestedChoice extends Format {
        private final ChoiceFormat choice;
        private final Locale locale;
        private final Map<String, MessageFormat> compiled = new HashMap<>();
        Object[] args;

        NestedChoice(ChoiceFormat choice, Locale locale) {
            this.choice = choice;
            this.locale = locale;
        }

        @Override
        public StringBuffer format(Object obj, StringBuffer toAppendTo, FieldPosition pos) {
            String chosen = choice.format(obj);
            if (chosen.indexOf('{') < 0) {
                return toAppendTo.append(chosen);
            }
            return toAppendTo.append(compiled.computeIfAbsent(chosen, c -> compile(c, locale)).format(args));
        }

        @Override
        public Object parseObject(String source, ParsePosition pos) {
            throw new UnsupportedOperationException("messages are only formatted");
        }
    }

    /**
     * What MessageFormat does for a placeholder without a type (it never passes null here): a number
     * through the locale's NumberFormat, a date through its short date-time format, and a string or
     * anything else as text on one line ({@link Visible#inline}). The NumberFormat is made once, where
     * MessageFormat makes one per call.
     */
    private static final class Plain extends Format {
        private final Locale locale;
        private java.text.NumberFormat number;

        Plain(Locale locale) {
            this.locale = locale;
        }

        @Override
        public StringBuffer format(Object obj, StringBuffer toAppendTo, FieldPosition pos) {
            if (obj instanceof Number) {
                if (number == null) {
                    number = java.text.NumberFormat.getInstance(locale);
                }
                return toAppendTo.append(number.format(obj));
            }
            if (obj instanceof java.util.Date) {
                return toAppendTo.append(java.text.DateFormat.getDateTimeInstance(java.text.DateFormat.SHORT,
                        java.text.DateFormat.SHORT, locale).format(obj));
            }
            // What a message quotes comes from input (a file, sheet or cell name): one line, controls shown.
            return toAppendTo.append(Visible.inline(String.valueOf(obj)));
        }

        @Override
        public Object parseObject(String source, ParsePosition pos) {
            throw new UnsupportedOperationException("messages are only formatted");
        }
    }
}
