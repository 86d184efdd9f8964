package org.vitrine.publish.catalogue;

import org.vitrine.config.VitrineConfig;

/**
 * The RGAA conformity the statement may claim: "totalement conforme" only at 100 % of criteria met,
 * "partiellement conforme" from 50 %, "non conforme" below, and "non conforme" while no audit was made
 * (automatic checks are no audit). Also the contact and the multi-year plan the statement must give.
 */
public record AccessibilityStatus(String level, Integer rate, String auditDate, String contact, boolean contactIsEmail, String plan) {

    public static AccessibilityStatus of(VitrineConfig.Catalogue catalogue) {
        VitrineConfig.Accessibility a = catalogue == null ? null : catalogue.accessibility();
        if (a == null) {
            return new AccessibilityStatus("non", null, null, null, false, null);
        }
        Integer rate = a.auditRate();
        String level = rate == null || a.auditDate() == null ? "non" : rate >= 100 ? "total" : rate >= 50 ? "partial" : "non";
        String contact = a.contact() == null || a.contact().isBlank() ? null : a.contact().strip();
        boolean email = contact != null && contact.matches("[^@\\s/:]+@[^@\\s/]+");
        return new AccessibilityStatus(level, a.auditDate() == null ? null : rate, a.auditDate(), contact, email, a.plan());
    }

    public boolean audited() {
        return rate != null;
    }
}
