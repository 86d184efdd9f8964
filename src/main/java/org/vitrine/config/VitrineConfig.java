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

    /**
     * {@code floorPlanStands}: where each stand is on the {@code floorPlan} image, stand code → [x, y, width,
     * height] in the image's pixels from its top-left corner; the brochure labels occupied stands there.
     */
    public record Event(String name, String date, String venue, String hours, String access, String floorPlan,
            String booking, java.util.Map<String, List<Integer>> floorPlanStands) {
    }

    public record Limits(Long maxFileBytes, Integer maxRowsPerSheet, Integer maxCellChars, Long maxUnzippedBytes) {
    }

    public record Privacy(Boolean publishPersonalContacts) {
    }

    public record Schedule(String cron, String timeZone) {
    }

    public record Risks(List<String> publicCodes) {
    }

    /** {@code maxNeeds}: above this many public needs no brochure is made (see {@link #brochureMaxNeeds}). */
    public record Brochure(Boolean enabled, String foreword, Integer maxNeeds) {
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

    /** Default cap on the brochure's needs: about 1,100 A4 pages, and what 2 GiB of heap lays out safely. */
    public static final int BROCHURE_MAX_NEEDS = 5000;

    /**
     * The most public needs the brochure is made for. openhtmltopdf lays the whole document out in memory
     * (about 110 KB a need): a 20,000-need brochure exhausted a 2 GiB heap after four minutes and the
     * whole run published nothing. Above the cap the run publishes the catalogue without a brochure.
     */
    public int brochureMaxNeeds() {
        return brochure == null || brochure.maxNeeds() == null ? BROCHURE_MAX_NEEDS : brochure.maxNeeds();
    }
}
