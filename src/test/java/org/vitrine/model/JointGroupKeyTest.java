package org.vitrine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** JointGroup's key is made once from the name, and JSON (needs.json, the previous edition read back) carries none. */
class JointGroupKeyTest {

    @Test
    void theKeyIsTheNameWithoutCaseAccentsNorPunctuation() {
        assertEquals("groupement energie 2027", new JointGroup("Groupement  Énergie-2027 ", true).key());
        assertNull(new JointGroup(" ", false).key());
        assertNull(new JointGroup(null, false).key());
        // whatever key is passed, the name decides: two shares of one name are equal
        assertEquals(new JointGroup("Énergie 2027", true), new JointGroup("Énergie 2027", true, "autre"));
    }

    @Test
    void jsonKeepsTheNameAndTheCoordinatorOnlyAndReadsTheKeyBack() throws Exception {
        String json = Json.MAPPER.writeValueAsString(new JointGroup("Énergie 2027", true));
        assertEquals("{\"name\":\"Énergie 2027\",\"coordinator\":true}", json);
        assertEquals("energie 2027", Json.MAPPER.readValue(json, JointGroup.class).key());
    }
}
