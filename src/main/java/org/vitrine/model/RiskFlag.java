package org.vitrine.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * A risk flag on a need (docs/RISKS.md): stable code, severity, the message with its figures and remedy,
 * related need ids. Staff fields, absent from public files: {@code section} of the staff report ({@code S}
 * before the event, {@code L} before the launch, {@code I} for information), {@code due} date,
 * {@code anchor} (for an item that groups several needs, the id of its earliest need: every member
 * carries the same flag, the report shows it once), {@code figures} (a hash of the figures: an item
 * dismissed by staff stays hidden until it changes), {@code publicArgs} (the dates a public text quotes) and
 * {@code titleKey} (the heading of this case when the rule's title would misname it, e.g. a direct award).
 */
public record RiskFlag(String code, String severity, String message, List<String> related,
        @JsonInclude(JsonInclude.Include.NON_NULL) String section,
        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate due,
        @JsonInclude(JsonInclude.Include.NON_NULL) String anchor,
        @JsonInclude(JsonInclude.Include.NON_NULL) String figures,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> publicArgs,
        @JsonInclude(JsonInclude.Include.NON_NULL) String titleKey) {

    public RiskFlag {
        related = related == null ? List.of() : related;
        publicArgs = publicArgs == null ? List.of() : publicArgs;
    }

    /** A staff flag whose heading is its rule's title ({@code risk.<code>.title}). */
    public RiskFlag(String code, String severity, String message, List<String> related, String section, LocalDate due,
            String anchor, String figures, List<String> publicArgs) {
        this(code, severity, message, related, section, due, anchor, figures, publicArgs, null);
    }

    /** The message key of the staff report's heading: the case's own ({@code titleKey}) when the rule gives one. */
    @JsonIgnore
    public String headingKey() {
        return titleKey != null ? titleKey : "risk." + code + ".title";
    }

    /** A flag as public files show it: code, severity, text, related public needs, nothing else. */
    public RiskFlag(String code, String severity, String message, List<String> related) {
        this(code, severity, message, related, null, null, null, null, List.of());
    }

    /** The item this flag belongs to, as staff statuses name it: need (or anchor) id, code, figures. */
    @JsonIgnore
    public String itemKey(String needId) {
        return (anchor != null ? anchor : needId) + "|" + code + "|" + figures;
    }

    /** True when the flag is one item of several needs (a cluster, a buyer's needs). */
    @JsonIgnore
    public boolean isGroup() {
        return anchor != null;
    }
}
