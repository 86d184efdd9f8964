package org.vitrine.model;

/**
 * A need's place in a groupement de commandes (L2113-6): the group's name as every member's row writes it (the
 * « Groupement » column), and whether this member is the coordinator, who runs the one consultation for all
 * (the « Coordonnateur » column, oui on its row). Members' needs with the same name are one contract.
 */
public record JointGroup(String name, boolean coordinator) {

    /** The group's name as members' rows are matched: case, accents, spaces and punctuation aside; null when blank. */
    public String key() {
        if (name == null || name.isBlank()) {
            return null;
        }
        String s = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
