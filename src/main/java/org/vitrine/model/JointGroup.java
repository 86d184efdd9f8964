package org.vitrine.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A need's place in a groupement de commandes (L2113-6): the group's name as every member's row writes it (the
 * « Groupement » column), and whether this member is the coordinator, who runs the one consultation for all
 * (the « Coordonnateur » column, oui on its row). Members' needs with the same name are one contract: {@code key}
 * is the name as members' rows are matched (case, accents, spaces and punctuation aside; null when blank), made once
 * from the name whatever is passed, and not written to JSON.
 */
public record JointGroup(String name, boolean coordinator, @JsonIgnore String key) {

    public JointGroup {
        key = keyOf(name);
    }

    public JointGroup(String name, boolean coordinator) {
        this(name, coordinator, null);
    }

    private static String keyOf(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String s = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
