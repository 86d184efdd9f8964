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

    /** A titulaire: its identifier (SIRET, TVA…) and name when the data gives one. */
    public record Holder(String id, String name) {
    }

    /** Notification plus duration, as DECP gives no end date; null without a duration. */
    public LocalDate end() {
        return notification == null || durationMonths == null ? null : notification.plusMonths(durationMonths);
    }

    /** The holders' names (or ids when unnamed), joined for a report cell. */
    public String holderNames() {
        return String.join(", ", holders.stream().map(h -> h.name() != null ? h.name() : h.id()).toList());
    }
}
