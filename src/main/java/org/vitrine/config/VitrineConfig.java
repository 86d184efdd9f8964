package org.vitrine.config;

import java.util.List;

/** config/vitrine.yaml, typed. Every key is explained in the commented file itself. */
public record VitrineConfig(
        Organisation organisation,
        Integer forecastYear,
        List<String> languages,
        String publicBaseUrl,
        Event event,
        Integer editionsKept,
        Limits limits,
        Privacy privacy,
        Schedule schedule,
        Risks risks,
        Brochure brochure,
        Integer lockWaitSeconds,
        OpenData openData) {

    public record Organisation(String name, String logo, String legalNotice, String licence, String licenceUrl) {
    }

    public record Event(String name, String date, String venue, String hours, String access, String floorPlan,
            String booking) {
    }

    public record Limits(Long maxFileBytes, Integer maxRowsPerSheet, Integer maxCellChars, Long maxUnzippedBytes) {
    }

    public record Privacy(Boolean publishPersonalContacts) {
    }

    public record Schedule(String cron, String timeZone) {
    }

    public record Risks(List<String> publicCodes) {
    }

    public record Brochure(Boolean enabled, String foreword) {
    }

    /** The open data exports: the OCDS ocid prefix (registered with the Open Contracting Partnership). */
    public record OpenData(String ocidPrefix) {
    }

    /** Every ocid is this prefix, "-", and the need's id. */
    public String ocidPrefix() {
        return openData == null || openData.ocidPrefix() == null ? "ocds-vitrine" : openData.ocidPrefix();
    }

    public String primaryLanguage() {
        return languages == null || languages.isEmpty() ? "fr" : languages.get(0);
    }

    public boolean publishPersonalContacts() {
        return privacy != null && Boolean.TRUE.equals(privacy.publishPersonalContacts());
    }

    /** How long a run waits for another one to finish before giving up (exit 5). */
    public java.time.Duration lockWait() {
        return java.time.Duration.ofSeconds(lockWaitSeconds == null ? 600 : lockWaitSeconds);
    }

    public boolean brochureEnabled() {
        return brochure == null || !Boolean.FALSE.equals(brochure.enabled());
    }
}
