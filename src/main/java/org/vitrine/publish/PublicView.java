package org.vitrine.publish;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vitrine.messages.Messages;
import org.vitrine.config.BuyerConfig;
import org.vitrine.config.Config;
import org.vitrine.model.Contact;
import org.vitrine.model.Need;
import org.vitrine.model.RiskFlag;

/**
 * The one filter every public file goes through (CONTRACT §4 visibility, §2 privacy): non-public
 * needs are dropped, internal fields removed, risk codes kept only when configured as public (and
 * their related lists cut to public needs), contacts replaced by the buyer's functional contact
 * unless personal contacts are allowed on pages. A public risk shows the invitation to suppliers,
 * not the staff's explanation; a consultation running on the event day shows none (RISKS.md §5), nor does a
 * need not open to offers ({@link org.vitrine.publish.catalogue.Competition}). The
 * incumbent's name and the buyer's sourcing (known suppliers, coverage) are published only when
 * {@code privacy} allows it; {@code privacy.amountsAsBands} publishes each amount as its band. A groupement's share
 * is titled without the share its buyer wrote into the title ({@link org.vitrine.text.ShareTitles}).
 */
public final class PublicView {

    /** Where the public needs will be written: pages may show personal contacts, data never. */
    public enum Use { PAGES, DATA }

    private PublicView() {
    }

    /** Risk codes shown to suppliers when the config says nothing: all those that may be public (docs/RISKS.md §5). */
    public static final List<String> DEFAULT_PUBLIC_RISKS = org.vitrine.config.RiskSettings.PUBLIC_ALLOWED;

    /**
     * The buyer's words kept beside a value follow that value: a remark on sourcing, the incumbent or the
     * contact stays internal whenever the value does (a remark may name a person or a failed tender).
     */
    static java.util.Map<String, String> publicNotes(java.util.Map<String, String> notes, boolean incumbent,
            boolean sourcing) {
        if (notes == null || notes.isEmpty()) {
            return notes;
        }
        java.util.Map<String, String> kept = new java.util.LinkedHashMap<>(notes);
        kept.keySet().removeAll(INTERNAL_NOTES);
        if (!sourcing) {
            kept.keySet().removeAll(SOURCING_NOTES);
        }
        if (!incumbent) {
            kept.remove("incumbent");
        }
        // the buyer's words on its procedure without its internal memo (« note DAJ 2026-14 »): the kind stays
        String procedure = org.vitrine.text.InternalReferences.removed(kept.get("procedure"));
        if (procedure == null) {
            kept.remove("procedure");
        } else {
            kept.put("procedure", procedure);
        }
        return kept.equals(notes) ? notes : java.util.Collections.unmodifiableMap(kept);
    }

    /** Remarks that never reach a public file: the row's contact and the buyer's SIRET column. */
    private static final Set<String> INTERNAL_NOTES = Set.of("contact", "buyer_siret");
    /** Remarks on the buyer's sourcing, public only with privacy.publishSourcing. */
    private static final Set<String> SOURCING_NOTES = Set.of("coverage", "suppliers_known");

    public static List<Need> of(List<Need> needs, Config config, Use use, Messages messages) {
        Set<String> publicIds = new HashSet<>();
        for (Need n : needs) {
            if (n.isPublic()) {
                publicIds.add(n.id());
            }
        }
        List<String> publicCodes = config.vitrine().risks() == null || config.vitrine().risks().publicCodes() == null
                ? DEFAULT_PUBLIC_RISKS : config.vitrine().risks().publicCodes();
        boolean personal = use == Use.PAGES && config.vitrine().publishPersonalContacts();
        boolean incumbent = config.vitrine().publishIncumbent();
        boolean sourcing = config.vitrine().publishSourcing();
        boolean bands = config.vitrine().amountsAsBands();
        org.vitrine.risk.PublicText texts = new org.vitrine.risk.PublicText(messages);
        return needs.stream()
                .filter(Need::isPublic)
                .map(n -> {
                    BuyerConfig b = config.buyers().byId(n.buyer().id());
                    Contact functional = b == null ? null : b.publicContact();
                    // a consultation running on the event day has no contact in any public file, as on its page:
                    // questions go through the buyer profile, answered for all (equal treatment, L3, R2132-6; supplier X, D8)
                    Contact contact = n.live() != null ? null : personal && n.contact() != null ? n.contact() : functional;
                    Need p = withoutContactsInText(n.forPublic(contact), org.vitrine.normalise.PublicContacts.of(b));
                    // the reference without the row's own contact's name, as its id (NeedIds: outside attacker B)
                    // and so the place and the notes (« chez Gaspard Vuillemot », « selon Gaspard Vuillemot »: failure 1d, 1f)
                    java.util.Set<String> names = org.vitrine.normalise.NeedIds.contactNames(n.contact());
                    String reference = org.vitrine.text.ContactNames.removed(p.reference(), names);
                    String location = org.vitrine.text.ContactNames.removed(p.location(), names);
                    java.util.Map<String, String> namedNotes = p.notes();
                    if (!names.isEmpty() && p.notes() != null) {
                        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
                        p.notes().forEach((k, v) -> m.put(k, org.vitrine.text.ContactNames.removed(v, names)));
                        namedNotes = m.equals(p.notes()) ? p.notes() : java.util.Collections.unmodifiableMap(m);
                    }
                    // and the link's parameter that gives it (« ?nom=Vuillemot »: failure 1e), as a phone's
                    String link = org.vitrine.text.ContactNames.withoutInQuery(p.tenderUrl(), names);
                    if (!java.util.Objects.equals(reference, p.reference()) || !java.util.Objects.equals(location, p.location())
                            || namedNotes != p.notes() || !java.util.Objects.equals(link, p.tenderUrl())) {
                        Need.Builder nb = p.toBuilder();
                        nb.tenderUrl = link;
                        nb.reference = reference;
                        nb.location = location;
                        nb.notes = namedNotes;
                        p = nb.build();
                    }
                    // the notes as cleaned of contacts (n's own notes put the addresses back: outside attacker)
                    java.util.Map<String, String> notes = publicNotes(p.notes(), incumbent, sourcing);
                    if (incumbent || !sourcing || bands || notes != p.notes()) {
                        Need.Builder nb = p.toBuilder();
                        nb.notes = notes;
                        // cleaned as every text (attacker Y: an address and a mobile beside the firm were published)
                        nb.incumbent = incumbent ? cleaned(n.incumbent(), org.vitrine.normalise.PublicContacts.of(b)) : null;
                        if (!sourcing) {
                            nb.suppliersKnown = null;
                            nb.coverage = null;
                        }
                        if (bands) {
                            nb.amount = org.vitrine.publish.catalogue.AmountBands.asBand(p);
                        }
                        p = nb.build();
                    }
                    // a planned urgency the staff report flags (lawyer Q §3): its page gives the buyer's words only
                    // and so does a « quasi-régie » with a SEM that the same rule refuses (lawyer S, CD62-27-05: no meeting,
                    // no « L'avis paraîtra » beside « Quasi-régie », the buyer plans no notice)
                    if (use == Use.PAGES && ((org.vitrine.publish.catalogue.Competition.DIRECT.equals(org.vitrine.publish.catalogue.Competition.of(n))
                            && n.risks().stream().anyMatch(r -> org.vitrine.publish.catalogue.Competition.URGENCY_TITLE.equals(r.titleKey())))
                            || (org.vitrine.publish.catalogue.Competition.OPEN.equals(org.vitrine.publish.catalogue.Competition.of(n))
                            && n.risks().stream().anyMatch(r -> org.vitrine.publish.catalogue.Competition.IN_HOUSE_TITLE.equals(r.titleKey()))))) {
                        Need.Builder nb = p.toBuilder();
                        java.util.Map<String, String> marked = new java.util.LinkedHashMap<>(p.notes() == null ? java.util.Map.of() : p.notes());
                        marked.put(org.vitrine.publish.catalogue.Competition.CLAIM_NOTE,
                                org.vitrine.publish.catalogue.Competition.OPEN.equals(org.vitrine.publish.catalogue.Competition.of(n)) ? "in_house" : "urgency");
                        nb.notes = java.util.Collections.unmodifiableMap(marked);
                        p = nb.build();
                    }
                    // No invitation on a need nobody can bid for (a direct award, a central purchasing body's order,
                    // a call-off): "make yourself known" would mislead (RISKS.md: public texts concern competitive needs).
                    boolean silent = n.live() != null || !org.vitrine.publish.catalogue.Competition.isOpen(n)
                            || org.vitrine.publish.catalogue.Competition.isClaimed(p);
                    List<RiskFlag> risks = silent ? List.<RiskFlag>of() : p.risks().stream()
                            .filter(r -> publicCodes.contains(r.code()))
                            .map(r -> new RiskFlag(r.code(), r.severity(), texts.of(r),
                                    r.related().stream().filter(publicIds::contains).toList()))
                            .toList();
                    return p.withRisks(risks);
                })
                .toList();
    }

    /**
     * The need with every e-mail address or phone number of its free text replaced by « (coordonnée retirée) »,
     * except the buyer's functional contact, and every person's name by « (nom retiré) » (PersonNames): a person's contact belongs in the Contact column, which public files
     * replace by that functional contact (the internal files keep the text whole; the buyer's feedback file says so).
     */
    /** One text as public files carry it: links, passwords, contacts other than {@code allowed} and persons' names removed. */
    static String cleaned(String t, Set<String> allowed) {
        return org.vitrine.text.PersonNames.removed(org.vitrine.text.ContactsInText.removed(org.vitrine.text.PublicLinks.inText(t), allowed));
    }

    static Need withoutContactsInText(Need n, Set<String> allowed) {
        java.util.function.UnaryOperator<String> clean = t -> cleaned(t, allowed);
        Need.Builder b = n.toBuilder();
        // a groupement's share is titled as the one contract it is part of (ShareTitles)
        b.title = clean.apply(n.jointGroup() == null ? n.title() : org.vitrine.text.ShareTitles.withoutShare(n.title()));
        b.description = clean.apply(n.description());
        b.reference = clean.apply(n.reference());
        b.location = clean.apply(n.location());
        b.operation = clean.apply(n.operation());
        b.site = clean.apply(n.site());
        b.jointGroup = n.jointGroup() == null ? null : new org.vitrine.model.JointGroup(clean.apply(n.jointGroup().name()), n.jointGroup().coordinator());
        java.util.Map<String, String> notes = new java.util.LinkedHashMap<>();
        n.notes().forEach((k, v) -> notes.put(k, clean.apply(v)));
        b.notes = notes.equals(n.notes()) ? n.notes() : java.util.Collections.unmodifiableMap(notes);
        b.lotList = n.lotList().stream().map(l -> new org.vitrine.model.Lot(l.number(), clean.apply(l.title()), l.amount(), l.cpv(),
                clean.apply(l.location()))).toList();
        b.questions = n.questions().stream().map(q -> new org.vitrine.model.Question(clean.apply(q.question()), clean.apply(q.answer()),
                q.asked(), q.answered(), q.published())).toList();
        b.changes = n.changes() == null ? null : n.changes().stream()
                .map(c -> new org.vitrine.model.FieldChange(c.field(), clean.apply(c.old()), clean.apply(c.value()))).toList();
        Need out = b.build();
        return out.equals(n) ? n : out;
    }
}
