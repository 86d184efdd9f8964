package org.vitrine.publish.brochure;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;

/** A copy of a record with one component changed, whatever components are added to it later. */
final class RecordCopy {

    private RecordCopy() {}

    @SuppressWarnings("unchecked")
    static <R extends Record> R with(R record, String component, Object value) {
        try {
            RecordComponent[] components = record.getClass().getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            Object[] values = new Object[components.length];
            boolean found = false;
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                boolean match = components[i].getName().equals(component);
                found |= match;
                values[i] = match ? value : components[i].getAccessor().invoke(record);
            }
            if (!found) {
                throw new IllegalArgumentException(record.getClass() + " has no " + component);
            }
            Constructor<?> c = record.getClass().getDeclaredConstructor(types);
            return (R) c.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
