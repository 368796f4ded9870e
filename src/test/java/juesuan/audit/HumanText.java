package juesuan.audit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import juesuan.model.Report;
import juesuan.model.TextOverride;
import juesuan.narrative.Narrative;
import juesuan.narrative.NarrativeGenerator;
import juesuan.narrative.Profiles;
import juesuan.template.TemplateLoader;

/** The demo unit with its text rewritten by hand as an officer writes it (test resources human/demo-PROFILE.txt). */
public final class HumanText {
    private HumanText() {
    }

    /** The demo in a profile with every paragraph of a resource pasted over its own. */
    public static Report pasted(String profile) throws IOException {
        Report r = juesuan.exchange.DemoReport.create();
        r.setProfile(profile);
        Narrative n = NarrativeGenerator.generate(r, TemplateLoader.forReport(r), Profiles.get(profile));
        try (InputStream in = HumanText.class.getResourceAsStream("/human/demo-" + profile + ".txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int bar = line.indexOf(" | ");
                String key = line.substring(0, bar);
                r.setOverride(key, new TextOverride(line.substring(bar + 3), n.paragraph(key).generated()));
            }
        }
        return r;
    }

}
