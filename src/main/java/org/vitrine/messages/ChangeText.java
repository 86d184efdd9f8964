package org.vitrine.messages;

import com.fasterxml.jackson.databind.JavaType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.vitrine.model.Amount;
import org.vitrine.model.BuyerRef;
import org.vitrine.model.Coverage;
import org.vitrine.model.Cpv;
import org.vitrine.model.DurationSpec;
import org.vitrine.model.FieldChange;
import org.vitrine.model.Lot;
import org.vitrine.model.Need;
import org.vitrine.model.Period;
import org.vitrine.model.Place;
import org.vitrine.model.Json;

/**
 * A changed field's old and new values as the need's page reads them: a change is recorded as the field's
 * JSON ({@code {"min":5.5E+4,...}}), read back here as the field's own type and formatted like the page
 * ("55 000 €", "2e trimestre 2027", "Appel d’offres ouvert", "oui"). A value that cannot be read is shown as
 * recorded rather than lost.
 */
public final class ChangeText {

    private static final Map<String, JavaType> TYPES = new HashMap<>();

    static {
        for (RecordComponent c : Need.class.getRecordComponents()) {
            TYPES.put(c.getName(), Json.MAPPER.getTypeFactory().constructType(c.getGenericType()));
        }
    }

    /** Fields holding a canonical code shown through its label (label.<kind>.<code>). */
    private static final Map<String, String> CODES = Map.of("category", "category", "procedure", "procedure",
            "technique", "technique", "route", "route", "firmness", "firmness", "frameworkAward", "framework_award");

    private final Fmt fmt;
    private final Messages msg;

    public ChangeText(Fmt fmt, Messages msg) {
        this.fmt = fmt;
        this.msg = msg;
    }

    /** [old, new] as text; "—" for a value that was or became empty. */
    public List<String> values(FieldChange c) {
        return List.of(value(c.field(), c.old()), value(c.field(), c.value()));
    }

    String value(String field, String recorded) {
        if (recorded == null || recorded.isBlank() || "null".equals(recorded)) {
            return msg.get("cat.change.empty");
        }
        Object v = read(field, recorded);
        if (v == recorded && TYPES.get(field) != null && TYPES.get(field).getRawClass() != String.class) {
            return recorded; // unreadable: shown as recorded
        }
        String text = format(field, v);
        return text == null || text.isBlank() ? msg.get("cat.change.empty") : text;
    }

    /**
     * A recorded value read back as the field's own type (an {@code Amount}, a {@code Period}, a number…), so that
     * data/needs.json writes it as it writes the field; null for an empty value, the recorded text itself when it
     * cannot be read (nothing is lost).
     */
    public static Object read(String field, String recorded) {
        if (recorded == null || "null".equals(recorded)) {
            return null;
        }
        JavaType type = TYPES.get(field);
        if (type == null || type.getRawClass() == String.class) {
            return recorded;
        }
        try {
            return Json.MAPPER.readValue(asJson(recorded, type), type);
        } catch (java.io.IOException | IllegalArgumentException e) {
            return recorded;
        }
    }

    /** Scalars are recorded as their text ("12", "true"), objects as JSON: both read back as JSON. */
    private static String asJson(String recorded, JavaType type) {
        Class<?> raw = type.getRawClass();
        if (raw == Object.class && !recorded.startsWith("{") && !recorded.startsWith("[") && !"true".equals(recorded)
                && !"false".equals(recorded)) {
            return Json.MAPPER.valueToTree(recorded).toString(); // reserved: a type code such as "siae"
        }
        return recorded;
    }

    private String format(String field, Object v) {
        if (CODES.containsKey(field)) {
            return fmt.label(CODES.get(field), v);
        }
        if (v == null) {
            return null;
        }
        if (field.equals("reserved")) {
            return v instanceof String code ? fmt.label("reserved", code)
                    : Boolean.TRUE.equals(v) ? msg.get("cat.reserved.unspecified") : fmt.yesNo(false);
        }
        if (v instanceof Amount a) {
            return fmt.amount(a);
        }
        if (v instanceof Period p) {
            return fmt.period(p);
        }
        if (v instanceof Boolean b) {
            return fmt.yesNo(b);
        }
        if (v instanceof Cpv c) {
            return cpv(c);
        }
        if (v instanceof BuyerRef b) {
            return b.name();
        }
        if (v instanceof Coverage c) {
            return fmt.label("coverage", c.level()) + (c.percent() == null ? "" : " (" + c.percent() + " %)");
        }
        if (v instanceof DurationSpec d) {
            return d.renewals() > 0
                    ? msg.get("cat.need.duration_renewals", d.totalMonths(), d.baseMonths(), d.renewals(), d.renewalMonths())
                    : msg.get("page.months", d.totalMonths());
        }
        if (v instanceof Place p) {
            return p.name() != null ? p.name() : p.code();
        }
        if (v instanceof Integer i && field.equals("durationMonths")) {
            return msg.get("page.months", i);
        }
        if (v instanceof Integer i && field.equals("responseDays")) {
            return msg.get("cat.need.days", i);
        }
        if (v instanceof List<?> l) {
            return list(l);
        }
        return String.valueOf(v);
    }

    private String list(List<?> items) {
        List<String> out = new ArrayList<>();
        for (Object o : items) {
            if (o instanceof Cpv c) {
                out.add(cpv(c));
            } else if (o instanceof Lot l) {
                out.add(msg.get("cat.lots.short", l.number() == null ? "" : String.valueOf(l.number()), l.title() == null ? "" : l.title()));
            } else {
                out.add(String.valueOf(o));
            }
        }
        return out.isEmpty() ? null : out.stream().collect(Collectors.joining(" ; "));
    }

    private String cpv(Cpv c) {
        String label = c.labels() == null ? null : c.labels().get(msg.lang());
        return label == null || label.isBlank() ? c.code() : c.code() + " " + label;
    }
}
