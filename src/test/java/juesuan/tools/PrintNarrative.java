package juesuan.tools;

import juesuan.exchange.DemoReport;
import juesuan.model.Report;
import juesuan.narrative.NarrativeGenerator;
import juesuan.narrative.Profiles;
import juesuan.template.TemplateLoader;

/** Developer aid: prints the demo's text in a profile. */
public final class PrintNarrative {
    private PrintNarrative() {
    }

    public static void main(String[] args) {
        Report r = DemoReport.create();
        System.out.println(NarrativeGenerator.generate(r, TemplateLoader.load(2023),
                Profiles.get(args.length > 0 ? args[0] : "chongqing")).text());
    }
}
