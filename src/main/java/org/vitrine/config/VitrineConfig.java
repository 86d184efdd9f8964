package org.vitrine.config;

import java.util.List;
import java.util.Map;

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
        OpenData openData,
        Catalogue catalogue) {

    /** As before the catalogue block existed (tests and callers that copy a configuration). */
    public VitrineConfig(Organisation organisation, Integer forecastYear, List<String> languages, String publicBaseUrl, Event event,
            Integer editionsKept, Limits limits, Privacy privacy, Schedule schedule, Risks risks, Brochure brochure,
            Integer lockWaitSeconds, OpenData openData) {
        this(organisation, forecastYear, languages, publicBaseUrl, event, editionsKept, limits, privacy, schedule, risks, brochure,
                lockWaitSeconds, openData, null);
    }

    public record Organisation(String name, String logo, String legalNotice, String licence, String licenceUrl) {
    }

    /**
     * The event. {@code booking}: the address (http/https) of the platform where suppliers book meetings; null:
     * they ask the buyer by e-mail from each need's page. {@code bookingOpens}: when booking opens (a date or text).
     * {@code floorPlanStands}: where each stand is on the {@code floorPlan} image, stand code → [x, y, width,
     * height] in the image's pixels from its top-left corner; the brochure labels occupied stands there.
     * {@code address}: the venue's street address, for a supplier to find it (supplier W: the venue's name alone).
     * {@code contact}: the organiser's contact for visitors (e-mail, phone); {@code bookingCloses}: when
     * booking closes (a date or text); {@code entry}: whether entry is free or needs registration (text as printed).
     * Each null: not said (the brochure's practical page then has no such line; designer X, D5).
     */
    public record Event(String name, String date, String venue, String hours, String access, String floorPlan,
            String booking, String bookingOpens, java.util.Map<String, List<Integer>> floorPlanStands, String opens, String closes,
            String address, Contact contact, String bookingCloses, String entry) {

        /** As before the organiser's contact, booking end and entry ({@code contact}, {@code bookingCloses}, {@code entry}). */
        public Event(String name, String date, String venue, String hours, String access, String floorPlan, String booking,
                String bookingOpens, java.util.Map<String, List<Integer>> floorPlanStands, String opens, String closes, String address) {
            this(name, date, venue, hours, access, floorPlan, booking, bookingOpens, floorPlanStands, opens, closes, address, null, null, null);
        }

        /** As before the street address ({@code address}). */
        public Event(String name, String date, String venue, String hours, String access, String floorPlan, String booking,
                String bookingOpens, java.util.Map<String, List<Integer>> floorPlanStands, String opens, String closes) {
            this(name, date, venue, hours, access, floorPlan, booking, bookingOpens, floorPlanStands, opens, closes, null);
        }

        /** As before the typed opening hours ({@code opens}, {@code closes}): the salon is then a whole-day event in agendas. */
        public Event(String name, String date, String venue, String hours, String access, String floorPlan, String booking,
                String bookingOpens, java.util.Map<String, List<Integer>> floorPlanStands) {
            this(name, date, venue, hours, access, floorPlan, booking, bookingOpens, floorPlanStands, null, null, null);
        }

        /**
         * The opening and closing times ({@code opens}/{@code closes}, « HH:MM », Paris time) that agendas show,
         * or null when either is missing or not such a time, or closing is not after opening ({@link ConfigLoader}
         * refuses those). {@code hours} stays the free text pages print (« 9 h – 17 h 30, nocturne jusqu'à 20 h »).
         */
        public java.time.LocalTime[] openingHours() {
            java.time.LocalTime from = time(opens);
            java.time.LocalTime to = time(closes);
            return from == null || to == null || !to.isAfter(from) ? null : new java.time.LocalTime[] {from, to};
        }

        static java.time.LocalTime time(String text) {
            if (text == null || !text.strip().matches("([01]?\\d|2[0-3]):[0-5]\\d")) {
                return null;
            }
            return java.time.LocalTime.parse(text.strip().length() == 4 ? "0" + text.strip() : text.strip());
        }

        /** Where agendas and maps find the salon: the venue's name, then its street address when given. */
        public String location() {
            String v = venue == null ? "" : venue.strip();
            String a = address == null ? "" : address.strip();
            return v.isEmpty() ? (a.isEmpty() ? null : a) : a.isEmpty() ? v : v + ", " + a;
        }

        /** The booking platform's address when {@code booking} is one, else null (meetings are then asked by e-mail). */
        public String bookingUrl() {
            return booking != null && booking.strip().matches("(?i)https?://\\S+") ? booking.strip() : null;
        }
    }

    /** The organiser's contact for visitors on the event's practical information: an e-mail address, a phone number (each may be null). */
    public record Contact(String email, String phone) {

        /** True when neither is given (nothing to print). */
        public boolean isEmpty() {
            return (email == null || email.isBlank()) && (phone == null || phone.isBlank());
        }
    }

    public record Limits(Long maxFileBytes, Integer maxRowsPerSheet, Integer maxCellChars, Long maxUnzippedBytes) {
    }

    /**
     * What public files may show beyond the needs themselves (every key false by default): personal contacts
     * (pages only), the incumbent's name, the buyer's sourcing (known suppliers, market coverage), and
     * amounts as bands instead of figures.
     */
    public record Privacy(Boolean publishPersonalContacts, Boolean publishIncumbent, Boolean publishSourcing, Boolean amountsAsBands) {

        public Privacy(Boolean publishPersonalContacts) {
            this(publishPersonalContacts, null, null, null);
        }
    }

    /**
     * The catalogue's legal pages: the host named in the legal notice, and the accessibility statement's facts;
     * {@code marketAtAGlance} false hides the « Le marché en bref » block of need pages (past awards, DECP).
     */
    public record Catalogue(String host, Accessibility accessibility, Boolean marketAtAGlance) {

        public Catalogue(String host, Accessibility accessibility) {
            this(host, accessibility, null);
        }

        /** Shown unless switched off: the figures are public data (DECP) and state no judgement. */
        public boolean showsMarketAtAGlance() {
            return marketAtAGlance == null || marketAtAGlance;
        }
    }

    /**
     * The RGAA statement: {@code auditRate} (percent of criteria met) and {@code auditDate} from an audit, null
     * while none was made (the site is then "non conforme"); the contact for accessibility problems (an e-mail
     * or a form's address) and the multi-year plan's address.
     */
    public record Accessibility(Integer auditRate, String auditDate, String contact, String plan) {
    }

    public record Schedule(String cron, String timeZone) {
    }

    public record Risks(List<String> publicCodes) {
    }

    /**
     * {@code maxNeeds}: above this many public needs no brochure is made (see {@link #brochureMaxNeeds}).
     * {@code printer}: the printer's name and address, printed in the colophon (loi du 29 juillet 1881, art. 2);
     * null, blank or the old sample: the colophon says the printer is « à compléter avant impression ».
     * {@code shortNames}: buyer id → the short name written in its stand on the floor plan, and in running heads
     * and the index when the full name does not fit.
     */
    public record Brochure(Boolean enabled, String foreword, Integer maxNeeds, String printer,
            Map<String, String> shortNames) {
    }

    /** The open data exports: the OCDS ocid prefix (registered with the Open Contracting Partnership). */
    public record OpenData(String ocidPrefix) {
    }

    /** The prefix shipped in the example configuration: not registered with the Open Contracting Partnership. */
    public static final String PLACEHOLDER_OCID_PREFIX = "ocds-vitrine";

    /** Every ocid is this prefix, "-", and the need's id. */
    public String ocidPrefix() {
        return openData == null || openData.ocidPrefix() == null ? PLACEHOLDER_OCID_PREFIX : openData.ocidPrefix();
    }

    public boolean publishIncumbent() {
        return privacy != null && Boolean.TRUE.equals(privacy.publishIncumbent());
    }

    public boolean publishSourcing() {
        return privacy != null && Boolean.TRUE.equals(privacy.publishSourcing());
    }

    public boolean amountsAsBands() {
        return privacy != null && Boolean.TRUE.equals(privacy.amountsAsBands());
    }

    public String primaryLanguage() {
        return languages == null || languages.isEmpty() ? "fr" : languages.get(0);
    }

    public boolean publishPersonalContacts() {
        return privacy != null && Boolean.TRUE.equals(privacy.publishPersonalContacts());
    }

    /** lockWaitSeconds when vitrine.yaml does not say. */
    public static final int DEFAULT_LOCK_WAIT_SECONDS = 600;

    /** How long a run (or a rollback) waits for another one to finish before giving up (exit 5). */
    public java.time.Duration lockWait() {
        return java.time.Duration.ofSeconds(lockWaitSeconds == null ? DEFAULT_LOCK_WAIT_SECONDS : lockWaitSeconds);
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
