package org.vitrine.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One awarded contract from the DECP (données essentielles de la commande publique), reduced to what the
 * forecast uses. {@code title} is the objet (what staff recognise a contract by); {@code buyerSiret} is the acheteur's id (a SIRET, 14 digits); {@code cpv} the 8 digits of
 * the code, without its check digit; {@code durationMonths} and {@code bidsReceived} (offresRecues, 2022
 * format only) are null when absent or "NC"; {@code placeCode}/{@code placeType} the lieu d'exécution.
 */
public record Award(String id, String buyerSiret, String title, String cpv, String nature, String procedure, LocalDate notification,
        Integer durationMonths, BigDecimal amount, List<Holder> holders, Integer bidsReceived, String placeCode,
        String placeType) {

    /** Whether the award is a call-off of a framework agreement (nature « Marché subséquent », 2019 format). */
    public boolean callOff() {
        return isCallOff(nature);
    }

    /** The same test on a nature as read, for a record not built into an award. */
    public static boolean isCallOff(String nature) {
        return nature != null && nature.toLowerCase(java.util.Locale.ROOT).contains("subs");
    }

    /** A titulaire: its identifier (SIRET, TVA…) and name when the data gives one. */
    public record Holder(String id, String name) {
    }

    /**
     * The contract's last day, as DECP gives no end date: a duration in months runs from the notification to the day
     * before the same day of the last month (12 months from 1 March 2024 end on 28 February 2025; 48 from 1 January
     * 2024 on 31 December 2027), or to that month's last day when it has no such day (1 month from 31 January 2024
     * ends on 29 February). Null without a notification or a duration.
     */
    public LocalDate end() {
        if (notification == null || durationMonths == null) {
            return null;
        }
        LocalDate same = notification.plusMonths(durationMonths);
        // plusMonths clamps 31 January + 1 to 29 February: the month has no 31st, so its last day is the end
        return same.getDayOfMonth() < notification.getDayOfMonth() ? same : same.minusDays(1);
    }
}
