package juesuan.ui.narrative;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import juesuan.i18n.Msg;
import juesuan.model.Basis;
import juesuan.narrative.Narrative;
import juesuan.narrative.Paragraph;
import juesuan.narrative.Profile;
import juesuan.narrative.ReasonUse;
import juesuan.narrative.Span;
import juesuan.ui.Listeners;

/**
 * The 情况说明 as it will print, updated as the tables change. Figures are links to the cell they come from; the
 * 主要原因 are entered right under the sentence that prints them; any paragraph can be rewritten.
 */
public final class NarrativeView extends BorderPane {
    private final NarrativeViewModel vm;
    private final Consumer<NarrativeViewModel.Target> jump;
    /** The space between paragraphs. */
    private static final double PARAGRAPH_GAP = 6;
    private final VBox paragraphs = new VBox(PARAGRAPH_GAP);
    private final Label summary = new Label();
    private final Map<String, ParagraphNode> nodes = new LinkedHashMap<>();
    private List<String> shownKeys = List.of();
    private final ComboBox<Profile> profile = new ComboBox<>();
    private final ComboBox<Integer> decimals = new ComboBox<>();
    private final CheckBox hundred = new CheckBox(Msg.get("narrative.zeroBaseHundred"));
    private final CheckBox completion = new CheckBox(Msg.get("narrative.budgetCompletion"));
    private boolean syncing;

    public NarrativeView(NarrativeViewModel vm, Consumer<NarrativeViewModel.Target> jump) {
        this.vm = vm;
        this.jump = jump;
        getStyleClass().add("narrative-view");
        setTop(toolbar());
        paragraphs.setPadding(new Insets(16, 24, 24, 24));
        paragraphs.getStyleClass().add("narrative-page");
        ScrollPane scroll = new ScrollPane(paragraphs);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("form-scroll");
        setCenter(scroll);
        Listeners.whileAlive(this, vm.session().revisionProperty(), () -> {
            if (isVisible() && getScene() != null) {
                refresh();
            }
        });
        visibleProperty().addListener((o, a, b) -> {
            if (b) {
                refresh();
            }
        });
        refresh();
    }

    private Node toolbar() {
        profile.setId("narrative-profile");
        profile.getItems().setAll(vm.profiles());
        profile.setCellFactory(l -> new ProfileCell());
        profile.setButtonCell(new ProfileCell());
        profile.valueProperty().addListener((o, a, b) -> {
            if (!syncing && b != null) {
                vm.setProfile(b.id());
            }
        });
        decimals.getItems().setAll(2, 1);
        decimals.setId("narrative-decimals");
        decimals.valueProperty().addListener((o, a, b) -> {
            if (!syncing && b != null) {
                vm.setPercentDecimals(b);
            }
        });
        hundred.setId("narrative-hundred");
        hundred.selectedProperty().addListener((o, a, b) -> {
            if (!syncing) {
                vm.setZeroBaseHundred(b);
            }
        });
        completion.setId("narrative-completion");
        completion.managedProperty().bind(completion.visibleProperty());
        completion.selectedProperty().addListener((o, a, b) -> {
            if (!syncing) {
                vm.setBudgetCompletion(b);
            }
        });
        summary.setId("narrative-summary");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(10, new Label(Msg.get("narrative.profile")), profile, new Label(Msg.get("narrative.decimals")), decimals,
                hundred, completion, gap, summary);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.getStyleClass().add("narrative-toolbar");
        return bar;
    }

    /** Regenerates the text and updates what changed, leaving the field being typed in alone. */
    public void refresh() {
        Narrative n = vm.narrative();
        syncing = true;
        try {
            profile.setValue(vm.profile());
            decimals.setValue(vm.settings().percentDecimals());
            hundred.setSelected(vm.settings().zeroBaseHundred());
            completion.setVisible(vm.offersBudgetCompletion());
            completion.setSelected(vm.settings().budgetCompletion());
        } finally {
            syncing = false;
        }
        int missing = n.missingReasons().size();
        int stale = n.staleOverrides().size();
        summary.setText(missing == 0 && stale == 0 ? Msg.get("narrative.allGood") : Msg.get("narrative.summary", missing, stale));
        summary.getStyleClass().remove("status-error");
        if (missing + stale > 0) {
            summary.getStyleClass().add("status-error");
        }
        List<String> keys = new ArrayList<>();
        n.paragraphs().forEach(p -> keys.add(p.key()));
        if (!keys.equals(shownKeys)) {
            nodes.clear();
            paragraphs.getChildren().clear();
            Label title = new Label(n.title());
            title.getStyleClass().add("narrative-title");
            title.setWrapText(true);
            paragraphs.getChildren().add(title);
            for (Paragraph p : n.paragraphs()) {
                ParagraphNode node = new ParagraphNode(p);
                nodes.put(p.key(), node);
                paragraphs.getChildren().add(node);
            }
            shownKeys = keys;
        } else {
            for (Paragraph p : n.paragraphs()) {
                nodes.get(p.key()).update(p);
            }
        }
    }

    /** The node of one paragraph (for tests). */
    public VBox paragraphNode(String key) {
        return nodes.get(key);
    }

    /** One heading or paragraph with its reason fields and rewrite controls. */
    private final class ParagraphNode extends VBox {
        private final TextFlow flow = new TextFlow();
        private final HBox cells = new HBox();
        private final HBox badges = new HBox(8);
        private final VBox reasons = new VBox(4);
        private final Map<String, TextArea> reasonFields = new LinkedHashMap<>();
        private Paragraph shown;
        private TextArea editor;

        ParagraphNode(Paragraph p) {
            setSpacing(4);
            setId("paragraph-" + p.key());
            getStyleClass().add(p.heading() ? "narrative-heading" : p.tableRow() ? "narrative-row" : "narrative-paragraph");
            if (p.heading()) {
                getStyleClass().add("level-" + p.level());
            }
            badges.setAlignment(Pos.CENTER_LEFT);
            if (p.tableRow()) {
                // the lines of a table in the text join up: cells side by side, no gap above a line under the heading
                getChildren().add(cells);
                if (!p.row().header()) {
                    VBox.setMargin(this, new Insets(-PARAGRAPH_GAP, 0, 0, 0));
                }
            } else {
                getChildren().addAll(flow, badges, reasons);
            }
            update(p);
        }

        void update(Paragraph p) {
            boolean sameText = shown != null && shown.spans().equals(p.spans()) && shown.overridden() == p.overridden()
                    && shown.stale() == p.stale();
            if (!sameText && p.tableRow()) {
                cells.getChildren().setAll(render(p));
            } else if (!sameText) {
                flow.getChildren().setAll(render(p));
                badges.getChildren().setAll(badges(p));
                // headings and the lines of a table in the text are not rewritten
                badges.setVisible(!p.heading() && !p.tableRow());
                badges.setManaged(!p.heading() && !p.tableRow());
            }
            List<String> reasonKeys = p.reasons().stream().map(r -> r.comparisonKey() + "/" + r.basis()).toList();
            if (!reasonKeys.equals(new ArrayList<>(reasonFields.keySet()))) {
                reasons.getChildren().clear();
                reasonFields.clear();
                for (ReasonUse r : p.reasons()) {
                    reasons.getChildren().add(reasonRow(r));
                }
            } else {
                for (ReasonUse r : p.reasons()) {
                    TextArea a = reasonFields.get(r.comparisonKey() + "/" + r.basis());
                    if (!a.isFocused()) {
                        a.setText(vm.reason(r.comparisonKey(), r.basis()));
                    }
                    toggle(a, "error", r.missing());
                }
            }
            shown = p;
        }

        private List<Node> render(Paragraph p) {
            List<Node> out = new ArrayList<>();
            if (p.tableRow()) {
                // a line of a table in the text (单位构成): its cells side by side, in the printed columns' proportions
                int i = 0;
                for (String c : p.row().cells()) {
                    Label cell = new Label(c);
                    cell.getStyleClass().addAll("narrative-cell", "narrative-cell-" + Math.min(++i, 3));
                    if (p.row().header()) {
                        cell.getStyleClass().add("narrative-cell-header");
                    }
                    out.add(cell);
                }
                return out;
            }
            for (Span s : p.spans()) {
                NarrativeViewModel.Target t = p.heading() ? null : vm.target(s.source());
                if (t != null && !s.source().startsWith("reason:") && !s.source().startsWith("text:")) {
                    Hyperlink link = new Hyperlink(s.text());
                    link.getStyleClass().add("figure-link");
                    link.setOnAction(e -> jump.accept(t));
                    link.setPadding(Insets.EMPTY);
                    out.add(link);
                } else {
                    Text text = new Text(s.text());
                    String src = s.source() == null ? "" : s.source();
                    text.getStyleClass().add(src.startsWith("reason:") ? "reason-text" : "plain-text");
                    if (src.startsWith("missing:")) {
                        text.getStyleClass().add("missing");
                    }
                    out.add(text);
                }
            }
            return out;
        }

        private List<Node> badges(Paragraph p) {
            List<Node> out = new ArrayList<>();
            if (p.heading()) {
                return out;
            }
            if (p.overridden()) {
                Label badge = new Label(Msg.get("narrative.rewritten"));
                badge.getStyleClass().add("badge");
                out.add(badge);
                if (p.stale()) {
                    Label stale = new Label(Msg.get("narrative.stale"));
                    stale.getStyleClass().addAll("badge", "badge-warning");
                    out.add(stale);
                }
                Button restore = new Button(Msg.get("narrative.restore"));
                restore.getStyleClass().add("small-button");
                restore.setOnAction(e -> vm.restore(p.key()));
                out.add(restore);
            }
            Button rewrite = new Button(Msg.get("narrative.rewrite"));
            rewrite.getStyleClass().add("small-button");
            rewrite.setId("rewrite-" + p.key());
            rewrite.setOnAction(e -> openEditor(p));
            out.add(rewrite);
            return out;
        }

        private void openEditor(Paragraph p) {
            if (editor != null) {
                return;
            }
            editor = new TextArea(p.text());
            editor.setWrapText(true);
            editor.setPrefRowCount(4);
            Button save = new Button(Msg.get("narrative.save"));
            Button cancel = new Button(Msg.get("dialog.cancel"));
            HBox buttons = new HBox(8, save, cancel);
            VBox box = new VBox(6, editor, buttons);
            box.getStyleClass().add("rewrite-box");
            getChildren().add(2, box);
            Runnable close = () -> {
                getChildren().remove(box);
                editor = null;
            };
            save.setOnAction(e -> {
                String text = editor.getText();
                close.run();
                vm.rewrite(p.key(), text);
            });
            cancel.setOnAction(e -> close.run());
            editor.requestFocus();
        }

        private Node reasonRow(ReasonUse r) {
            Label label = new Label(Msg.get(r.basis() == Basis.PRIOR ? "narrative.reasonPrior" : "narrative.reasonBudget", r.label()));
            label.getStyleClass().add("reason-label");
            label.setMinWidth(Region.USE_PREF_SIZE);
            TextArea a = new TextArea(vm.reason(r.comparisonKey(), r.basis()));
            a.setId("reason-" + r.comparisonKey() + "-" + r.basis().name().toLowerCase(java.util.Locale.ROOT));
            a.setWrapText(true);
            a.setPrefRowCount(2);
            a.setPromptText(r.required() ? Msg.get("narrative.reasonRequired") : Msg.get("narrative.reasonOptional"));
            a.getStyleClass().add("reason-field");
            toggle(a, "error", r.missing());
            a.focusedProperty().addListener((o, was, is) -> {
                if (was && !is) {
                    vm.setReason(r.comparisonKey(), r.basis(), a.getText());
                }
            });
            reasonFields.put(r.comparisonKey() + "/" + r.basis(), a);
            HBox row = new HBox(8, label, a);
            HBox.setHgrow(a, Priority.ALWAYS);
            row.getStyleClass().add("reason-row");
            return row;
        }
    }

    private static void toggle(Node n, String cls, boolean on) {
        n.getStyleClass().remove(cls);
        if (on) {
            n.getStyleClass().add(cls);
        }
    }

    private static final class ProfileCell extends ListCell<Profile> {
        @Override
        protected void updateItem(Profile item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? "" : item.name());
        }
    }
}
