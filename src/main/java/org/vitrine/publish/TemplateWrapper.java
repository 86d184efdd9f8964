package org.vitrine.publish;

import org.vitrine.messages.Fmt;
import freemarker.ext.beans.BeansWrapper;
import freemarker.ext.beans.GenericObjectModel;
import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.SimpleScalar;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Freemarker's default object wrapper, with a faster path for Vitrine's own objects (records such as
 * {@code Need}, {@code Amount}, {@code Cpv}, and helpers such as {@code Fmt}): {@code need.title()} or
 * {@code fmt.amount(a)} call the method directly instead of going through Freemarker's reflection
 * layer (method look-up in a synchronized cache, argument conversion, overload checks), which was most
 * of the catalogue's CPU. Templates see the very same thing: the models are Freemarker's own
 * {@link GenericObjectModel}, and any call the direct path does not handle as the default wrapper
 * would (an argument of another type, an overloaded or variable-arity method, a property read, a
 * built-in) is left to it.
 */
final class TemplateWrapper extends DefaultObjectWrapper {

    /** Handled by the default wrapper whatever their class: Object's own methods. */
    private static final Set<String> OBJECT_METHODS = Set.of("toString", "hashCode", "equals", "getClass");

    private final ClassValue<Methods> methods = new ClassValue<>() {
        @Override
        protected Methods computeValue(Class<?> type) {
            return Methods.of(type);
        }
    };

    TemplateWrapper(Version incompatibleImprovements) {
        super(new DefaultObjectWrapperBuilder(incompatibleImprovements), true);
    }

    @Override
    public TemplateModel wrap(Object obj) throws TemplateModelException {
        if (obj == null) {
            return super.wrap(null);
        }
        Class<?> type = obj.getClass();
        if (type == String.class) {
            return new SimpleScalar((String) obj);
        }
        Methods m = methods.get(type);
        if (m.direct == Boolean.FALSE) {
            return super.wrap(obj);
        }
        if (m.direct == null) {
            // Direct calls only where the default wrapper would give a plain bean model: checked once per class.
            TemplateModel standard = super.wrap(obj);
            m.direct = standard.getClass() == GenericObjectModel.class;
            if (!m.direct) {
                return standard;
            }
        }
        return new DirectModel(obj, this, m);
    }

    /**
     * A helper object shared by every page ({@code fmt}): its methods taking arguments are called
     * directly too. Freemarker looks those up with {@code get} (only calls without arguments go
     * through {@code getBeforeMethodCall}), which a bean model does not let a subclass redirect.
     */
    TemplateModel wrapHelper(Object helper) throws TemplateModelException {
        TemplateModel m = wrap(helper);
        return m instanceof DirectModel d ? new HelperModel(d) : m;
    }

    /** See {@link #wrapHelper}: anything not called directly is the bean model's. */
    private static final class HelperModel implements MethodCallAwareTemplateHashModel, AdapterTemplateModel, WrapperTemplateModel {
        private final DirectModel bean;
        private final Map<String, Call> calls = new HashMap<>();

        HelperModel(DirectModel bean) {
            this.bean = bean;
            bean.methods.byName.forEach((name, d) -> calls.put(name, new Call(bean, d)));
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            Call c = calls.get(key);
            return c == null ? bean.get(key) : c;
        }

        @Override
        public TemplateModel getBeforeMethodCall(String key) throws TemplateModelException, ShouldNotBeGetAsMethodException {
            Call c = calls.get(key);
            return c == null ? bean.getBeforeMethodCall(key) : c;
        }

        @Override
        public boolean isEmpty() {
            return bean.isEmpty();
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            return bean.getAdaptedObject(hint);
        }

        @Override
        public Object getWrappedObject() {
            return bean.getWrappedObject();
        }
    }

    /** The public methods of a Vitrine class that can be called directly, by name. */
    private static final class Methods {
        private final Map<String, Direct> byName;
        /** How many record component accessors: their results are kept by each model (see {@link DirectModel#memo}). */
        private final int components;
        /** null until the first object of the class is wrapped, then whether the direct path applies. */
        private volatile Boolean direct;

        private Methods(Map<String, Direct> byName, int components, Boolean direct) {
            this.byName = byName;
            this.components = components;
            this.direct = direct;
        }

        static Methods of(Class<?> type) {
            if (!type.getName().startsWith("org.vitrine.") || !Modifier.isPublic(type.getModifiers()) || type.isEnum()) {
                return new Methods(Map.of(), 0, false);
            }
            List<String> components = new ArrayList<>();
            if (type.isRecord()) {
                for (RecordComponent c : type.getRecordComponents()) {
                    components.add(c.getName());
                }
            }
            Map<String, Integer> count = new HashMap<>();
            for (Method m : type.getMethods()) {
                count.merge(m.getName(), 1, Integer::sum);
            }
            Map<String, Direct> byName = new HashMap<>();
            for (Method m : type.getMethods()) {
                if (count.get(m.getName()) == 1 && !Modifier.isStatic(m.getModifiers()) && !m.isVarArgs() && !m.isBridge()
                        && !m.isSynthetic() && m.getReturnType() != void.class && m.getDeclaringClass() != Object.class
                        && !OBJECT_METHODS.contains(m.getName()) && m.trySetAccessible()) {
                    Class<?>[] types = m.getParameterTypes();
                    int slot = types.length == 0 ? components.indexOf(m.getName()) : -1;
                    byName.put(m.getName(), new Direct(m, types, slot));
                }
            }
            return new Methods(Map.copyOf(byName), components.size(), byName.isEmpty() ? false : null);
        }
    }

    /** A method called directly; slot is the record component it reads, or -1. */
    private record Direct(Method method, Class<?>[] types, int slot) {
    }

    /** Freemarker's model of a bean, whose methods found in {@link Methods} are called directly. */
    private static final class DirectModel extends GenericObjectModel {
        private static final TemplateModel NULL = new SimpleScalar("null");

        private final Methods methods;
        /**
         * The wrapped values of record components already read: a page reads need.buyer() or
         * need.amount() several times, and a record's components never change. Models shared by
         * threads may fill a slot twice, with equal values (the models are immutable).
         */
        private TemplateModel[] memo;

        DirectModel(Object object, BeansWrapper wrapper, Methods methods) {
            super(object, wrapper);
            this.methods = methods;
        }

        @Override
        public TemplateModel getBeforeMethodCall(String key) throws TemplateModelException, ShouldNotBeGetAsMethodException {
            Direct d = methods.byName.get(key);
            return d == null ? super.getBeforeMethodCall(key) : new Call(this, d);
        }

        BeansWrapper wrapper() {
            return wrapper;
        }

        /** The default wrapper's method model, for a call the direct path leaves to it. */
        TemplateModel standard(String key) throws TemplateModelException {
            try {
                return super.getBeforeMethodCall(key);
            } catch (ShouldNotBeGetAsMethodException e) {
                throw new TemplateModelException(key + " is not a method", e); // never for a method of Methods
            }
        }

        TemplateModel memo(Direct d) throws TemplateModelException {
            TemplateModel[] m = memo;
            if (m == null) {
                m = new TemplateModel[methods.components];
                memo = m;
            }
            TemplateModel v = m[d.slot()];
            if (v == null) {
                v = invoke(d, NO_ARGS);
                m[d.slot()] = v == null ? NULL : v;
                return v;
            }
            return v == NULL ? null : v;
        }

        TemplateModel invoke(Direct d, Object[] values) throws TemplateModelException {
            Object result;
            try {
                result = d.method().invoke(object, values);
            } catch (InvocationTargetException e) {
                throw new TemplateModelException("calling " + d.method().getName() + ": " + e.getCause(), e.getCause());
            } catch (IllegalAccessException e) {
                throw new TemplateModelException("calling " + d.method().getName(), e);
            }
            return wrapper.getOuterIdentity().wrap(result);
        }
    }

    /** One call of a method on one object, as {@code obj.method(args)} in a template. */
    private record Call(DirectModel target, Direct direct) implements TemplateMethodModelEx {

        @Override
        public Object exec(@SuppressWarnings("rawtypes") List args) throws TemplateModelException {
            if (direct.slot() >= 0 && args.isEmpty()) {
                return target.memo(direct);
            }
            Object[] values = unwrap(args);
            if (values == null) {
                return ((TemplateMethodModelEx) target.standard(direct.method().getName())).exec(args);
            }
            return target.invoke(direct, values);
        }

        /**
         * The arguments when each already is of its parameter's type (what the default wrapper's
         * conversion would then give too); null to leave the call to the default wrapper.
         */
        private Object[] unwrap(List<?> args) throws TemplateModelException {
            Class<?>[] types = direct.types();
            if (args.size() != types.length) {
                return null;
            }
            if (types.length == 0) {
                return NO_ARGS;
            }
            Object[] values = new Object[types.length];
            BeansWrapper wrapper = target.wrapper();
            for (int i = 0; i < types.length; i++) {
                Object v = wrapper.unwrap((TemplateModel) args.get(i));
                if (v == null ? types[i].isPrimitive() : !box(types[i]).isInstance(v)) {
                    return null;
                }
                values[i] = v;
            }
            return values;
        }
    }

    private static final Object[] NO_ARGS = {};

    private static Class<?> box(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return type == int.class ? Integer.class : type == long.class ? Long.class : type == boolean.class ? Boolean.class
                : type == double.class ? Double.class : type == float.class ? Float.class : type == char.class ? Character.class
                : type == short.class ? Short.class : Byte.class;
    }
}
