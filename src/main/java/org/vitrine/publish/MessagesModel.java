package org.vitrine.publish;

import freemarker.ext.beans.BeansWrapper;
import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.vitrine.messages.Messages;

/**
 * {@code msg} for templates rendered many times (the catalogue's pages): {@code msg.get(key, ...)}
 * called directly rather than through reflection, and a message without arguments looked up once.
 * A page calls it about sixty times; the result is what the bean wrapper would give. Anything else
 * ({@code msg.lang()}...) goes to the ordinary wrapper.
 */
final class MessagesModel implements TemplateHashModel {

    private final Messages messages;
    private final BeansWrapper wrapper;
    private final TemplateHashModel bean;
    private final Map<String, TemplateModel> plain = new ConcurrentHashMap<>();
    private final TemplateMethodModelEx get = this::get;

    MessagesModel(Messages messages, ObjectWrapper wrapper) throws TemplateModelException {
        this.messages = messages;
        this.wrapper = (BeansWrapper) wrapper;
        this.bean = (TemplateHashModel) wrapper.wrap(messages);
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        return "get".equals(key) ? get : bean.get(key);
    }

    @Override
    public boolean isEmpty() {
        return false;
    }

    private Object get(List<?> args) throws TemplateModelException {
        if (args.isEmpty() || !(args.get(0) instanceof TemplateScalarModel k)) {
            throw new TemplateModelException("msg.get needs a message key as its first argument");
        }
        String key = k.getAsString();
        if (args.size() == 1) {
            return plain.computeIfAbsent(key, x -> new SimpleScalar(messages.get(x)));
        }
        Object[] values = new Object[args.size() - 1];
        for (int i = 1; i < args.size(); i++) {
            values[i - 1] = wrapper.unwrap((TemplateModel) args.get(i));
        }
        return new SimpleScalar(messages.get(key, values));
    }
}
