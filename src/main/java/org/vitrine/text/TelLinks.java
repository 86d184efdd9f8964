package org.vitrine.text;

/**
 * A {@code tel:} link for a phone number as buyers write it (RFC 3966: the global number, E.164, so that it dials
 * from any phone): "+33 3 00 00 01 01" and "0033 …" as they are, a French ten-digit "03 00 00 01 01" with +33 before
 * its last nine digits; null for anything else (an extension, letters, too few digits): then the number is shown
 * without a link rather than with one that dials the wrong number. The catalogue's pages and the brochure use it.
 */
public final class TelLinks {

    private TelLinks() {
    }

    public static String tel(String phone) {
        if (phone == null || !phone.strip().matches("\\+?[0-9 .()\\u00A0-]{6,30}")) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        String global;
        if (phone.strip().startsWith("+")) {
            global = digits;
        } else if (digits.startsWith("00")) {
            global = digits.substring(2);
        } else if (digits.length() == 10 && digits.startsWith("0") && digits.charAt(1) != '0') {
            global = "33" + digits.substring(1);
        } else {
            return null;
        }
        return global.matches("[1-9][0-9]{7,14}") ? "tel:+" + global : null; // E.164: a country code, 15 digits at most
    }
}
