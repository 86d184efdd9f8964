package org.vitrine.publish;

import java.util.List;
import org.vitrine.model.FieldChange;
import org.vitrine.model.Need;

/** Changes.diff for tests of other packages (it is package-private: the publish stage's own step). */
public final class ChangesAccess {

    private ChangesAccess() {
    }

    public static List<FieldChange> diff(Need before, Need after) {
        return Changes.diff(before, after);
    }
}
