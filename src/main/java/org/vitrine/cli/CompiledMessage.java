package org.vitrine.cli;

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
 * MessageFormat compiles it again at every call — most of the cost of a risk message.
 */
final class CompiledMessage {

    private final MessageFormat format;
    private final List<NestedChoice> nested = new ArrayList<>();

    CompiledMessage(String pattern, Locale locale) {
        format = new MessageFormat(pattern, locale);
        Format[] byElement = format.getFormats();
        for (int i = 0; i < byElement.length; i++) {
            if (byElement[i] instanceof ChoiceFormat choice && hasPlaceholder(choice)) {
                NestedChoice n = new NestedChoice(choice, locale);
                nested.add(n);
                format.setFormat(i, n);
            }
        }
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
            return toAppendTo.append(compiled.computeIfAbsent(chosen, c -> new MessageFormat(c, locale)).format(args));
        }

        @Override
        public Object parseObject(String source, ParsePosition pos) {
            throw new UnsupportedOperationException("messages are only formatted");
        }
    }
}
