package juesuan.ui;

import java.util.List;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import juesuan.i18n.Msg;
import juesuan.model.Report;
import juesuan.model.TableTemplate;
import juesuan.store.ReportSummary;
import juesuan.ui.forms.FieldFormModel;
import juesuan.ui.forms.FieldFormView;
import juesuan.ui.forms.GlossaryView;
import juesuan.ui.forms.PerformanceView;
import juesuan.ui.forms.PerformanceViewModel;
import juesuan.ui.forms.UnitView;
import juesuan.ui.forms.UnitViewModel;
import juesuan.ui.session.ReportSession;
import juesuan.ui.sheet.SheetView;
import juesuan.ui.sheet.SheetViewModel;
import juesuan.ui.tables.ComparisonSheetModel;
import juesuan.ui.tables.TableTab;

/**
 * The main window: the unit and year on top, one tab per section of the disclosure, and a status bar that says
 * what happened and when the last change was saved.
 */
public final class MainWindow extends BorderPane {
    private final ReportSession session;
    /** The groups of the disclosure: 单位情况 · 公开表 · 补充信息 · 情况说明 · 预览. */
    private final TabPane tabs = new TabPane();
    /** Every section by key (unit, T1 … T9, comparisons … glossary, narrative, preview), wherever its tab sits. */
    private final Map<String, Tab> tabByKey = new LinkedHashMap<>();
    /** The group tab of each section (itself for a section that is a group of its own). */
    private final Map<String, Tab> groupByKey = new LinkedHashMap<>();
    /** Sections whose view is not made yet, with how to make it. */
    private final Map<Tab, Function<String, Node>> unbuilt = new java.util.HashMap<>();
    /** Where {@link #add} puts the next section: the top level, or a group's own tab pane. */
    private TabPane addingTo;
    /** The unit and year: a ControlsFX SearchableComboBox, so a department with many units finds one by typing. */
    private final ComboBox<ReportSummary> reports = new org.controlsfx.control.SearchableComboBox<>();
    private final StackPane center = new StackPane();
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Label dbLabel = new Label();
    private final javafx.scene.control.SplitPane split = new javafx.scene.control.SplitPane();
    /** Where the 审核 panel begins, as a share of the height (kept across reports and, by the app, across starts). */
    private double auditDivider = 0.74;
    private boolean auditCollapsed;
    private juesuan.ui.audit.AuditViewModel audit;
    private boolean switching;
    private final juesuan.ui.handover.HandoverViewModel handover;
    private final juesuan.ui.handover.HandoverMenu handoverMenu;
    /** Over the tabs of a 定稿 report: its version, check code, who and when; hidden for a draft. */
    private final Label finalBanner = new Label();
    /** Over the tabs of a 汇总 report whose members changed since it was summed; hidden otherwise. */
    private final Label staleBanner = new Label();

    public MainWindow(ReportSession session, String databaseFile) {
        this.session = session;
        this.handover = new juesuan.ui.handover.HandoverViewModel(session);
        this.handoverMenu = new juesuan.ui.handover.HandoverMenu(handover, id -> {
            syncSelector();
            open(id);
        });
        getStyleClass().add("main-window");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("sections");
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            realizeVisible();
            if (b != null && b.getContent() instanceof juesuan.ui.preview.PreviewView preview) {
                preview.shown();
            }
        });
        progress.setMaxSize(64, 64);
        progress.setVisible(false);
        center.getChildren().addAll(tabs, progress);
        finalBanner.setId("final-banner");
        finalBanner.getStyleClass().add("final-banner");
        finalBanner.setMaxWidth(Double.MAX_VALUE);
        finalBanner.setWrapText(true);
        session.revisionProperty().addListener((o, a, b) -> {
            updateBanner();
            followLock();
        });
        // a key typed into a read-only field of a 定稿 report says why nothing happens
        addEventFilter(javafx.scene.input.KeyEvent.KEY_TYPED, e -> {
            if (lockShown && e.getTarget() instanceof javafx.scene.control.TextInputControl t && !t.isEditable()
                    && t.getProperties().containsKey(WAS_EDITABLE)) {
                session.refuseIfLocked();
                e.consume();
            }
        });
        staleBanner.setId("stale-banner");
        staleBanner.getStyleClass().add("stale-banner");
        staleBanner.setMaxWidth(Double.MAX_VALUE);
        staleBanner.setWrapText(true);
        showStale(null);
        session.reportProperty().addListener((o, a, b) -> {
            showStale(null);
            juesuan.ui.consolidation.ConsolidationViewModel.staleBanner(session)
                    .thenAccept(text -> javafx.application.Platform.runLater(() -> {
                        if (session.report() == b) {
                            showStale(text);
                        }
                    }));
        });
        setTop(new javafx.scene.layout.VBox(header(databaseFile), finalBanner, staleBanner));
        // handover packages (or report files) dropped anywhere on the window are loaded, after their check and a preview
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().stream().anyMatch(juesuan.ui.handover.HandoverMenu::loadable)) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            var files = e.getDragboard().getFiles().stream().filter(juesuan.ui.handover.HandoverMenu::loadable).map(java.io.File::toPath)
                    .toList();
            if (!files.isEmpty()) {
                openFiles(files);
            }
            e.setDropCompleted(!files.isEmpty());
            e.consume();
        });
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.getItems().add(center);
        setCenter(split);
        setBottom(statusBar(databaseFile));
        buildTabs();
        // Ctrl+1 … Ctrl+9 open 公开01–09表 (Ctrl+PgUp/PgDn and Ctrl+Tab move between sections, as in any tab pane);
        // F1 opens the 使用说明 at the chapter of the section on screen
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.F1) {
                help();
                e.consume();
                return;
            }
            if (e.isShortcutDown() && !e.isAltDown() && e.getCode().isDigitKey()) {
                String digit = e.getCode().getChar();
                if (digit.length() == 1 && digit.charAt(0) >= '1' && digit.charAt(0) <= '9') {
                    Tab table = select("T" + digit);
                    if (table != null) {
                        e.consume();
                        // the keys go on in the grid (Enter, arrows), not to whatever had the focus before
                        javafx.application.Platform.runLater(() -> {
                            if (find(built(table), "sheet-T" + digit) instanceof SheetView sheet) {
                                sheet.requestFocus();
                            }
                        });
                    }
                }
            }
        });
        session.setBringIntoView(p -> jump(new juesuan.ui.narrative.NarrativeViewModel.Target(p.section(), p.row(), p.column(), p.field())));
        session.reportProperty().addListener((o, a, b) -> {
            buildTabs();
            syncSelector();
            updateBanner();
        });
        syncSelector();
        updateBanner();
    }

    /** The 使用说明 at the chapter of the section on screen. */
    /**
     * Loads handover packages or report files given from outside (dropped on the window, opened from the desktop, or
     * handed over by a second start): read and checked in the background, what they change shown before anything is
     * loaded; several are loaded together. A file this program does not load is named in the status bar.
     */
    public void openFiles(java.util.List<java.nio.file.Path> files) {
        java.util.List<java.nio.file.Path> loadable = new java.util.ArrayList<>();
        for (java.nio.file.Path file : files) {
            if (juesuan.ui.handover.HandoverMenu.loadable(file.toFile())) {
                loadable.add(file);
            } else {
                session.say(juesuan.i18n.Msg.get("main.notLoadable", file));
            }
        }
        if (!loadable.isEmpty()) {
            handoverMenu.load(loadable);
        }
    }

    public javafx.stage.Stage help() {
        return juesuan.ui.help.HelpWindow.show(getScene() == null ? null : getScene().getWindow(), selectedKey());
    }

    private void updateBanner() {
        String text = session.report() == null ? null : handover.banner();
        finalBanner.setText(text == null ? "" : text);
        finalBanner.setVisible(text != null);
        finalBanner.setManaged(text != null);
    }

    private void showStale(String text) {
        staleBanner.setText(text == null ? "" : text);
        staleBanner.setVisible(text != null);
        staleBanner.setManaged(text != null);
    }

    /** The 定稿与交接 menu (tests drive its steps without the file dialogs). */
    public juesuan.ui.handover.HandoverMenu handoverMenu() {
        return handoverMenu;
    }

    private Node header(String databaseFile) {
        Label app = new Label(Msg.get("app.title"));
        app.getStyleClass().add("app-title");
        Label pick = new Label(Msg.get("main.report"));
        reports.setId("report-select");
        reports.setPrefWidth(460);
        reports.setMinWidth(200); // on a narrow (or 150 %-scaled) screen the selector gives way, not the buttons
        HBox.setHgrow(reports, Priority.SOMETIMES);
        reports.setCellFactory(l -> new ReportCell());
        reports.setButtonCell(new ReportCell());
        // the skin's search field: its hint in Chinese whatever the system's language
        reports.skinProperty().addListener((o, a, b) -> {
            if (reports.lookup(".combo-box-search") instanceof javafx.scene.control.TextField search) {
                search.setPromptText(Msg.get("main.searchReport"));
            }
        });
        // what typing filters on: code, name and year, as the list shows them
        reports.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ReportSummary s) {
                return s == null ? "" : ReportCell.text(s);
            }

            @Override
            public ReportSummary fromString(String text) {
                return reports.getItems().stream().filter(s -> ReportCell.text(s).equals(text)).findFirst().orElse(null);
            }
        });
        reports.valueProperty().addListener((o, a, b) -> {
            if (!switching && b != null && (session.report() == null || b.reportId() != session.reportId())) {
                open(b.reportId());
            }
        });
        Button newReport = new Button(Msg.get("main.newReport"));
        newReport.setId("new-report");
        newReport.setOnAction(e -> NewReportDialog.show(getScene().getWindow(), session).ifPresent(created -> {
            open(created.reportId(), created.summary());
            if (!created.unmapped().isEmpty()) {
                Dialogs.show(getScene().getWindow(), javafx.scene.control.Alert.AlertType.INFORMATION, Msg.get("new.title"),
                        Msg.get("rollover.unmappedHeader") + "\n" + String.join("\n", created.unmapped()));
            }
        }));
        Button undo = historyButton("undo", Msg.get("main.undo"), Msg.get("main.undoTip"),
                session.history().canUndoProperty(), session::undo);
        Button redo = historyButton("redo", Msg.get("main.redo"), Msg.get("main.redoTip"),
                session.history().canRedoProperty(), session::redo);
        Button backup = new Button(Msg.get("main.backup"));
        backup.setId("backup");
        backup.setTooltip(new Tooltip(Msg.get("main.backupTip")));
        backup.setOnAction(e -> juesuan.ui.backup.BackupDialog.show(getScene().getWindow(), session));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        javafx.scene.control.MenuButton final_ = handoverMenu.control();
        javafx.scene.control.MenuButton help = new javafx.scene.control.MenuButton(Msg.get("help.menu"));
        help.setId("help-menu");
        javafx.scene.control.MenuItem manual = new javafx.scene.control.MenuItem(Msg.get("help.manual"));
        manual.setId("help-manual");
        manual.setOnAction(e -> help());
        javafx.scene.control.MenuItem about = new javafx.scene.control.MenuItem(Msg.get("help.about"));
        about.setId("help-about");
        about.setOnAction(e -> juesuan.ui.help.HelpWindow.about(getScene().getWindow(), juesuan.ui.handover.Handover.appVersion(),
                databaseFile));
        help.getItems().addAll(manual, about);
        HBox bar = new HBox(8, app, gap, pick, reports, newReport, undo, redo, backup, final_, help);
        for (javafx.scene.Node n : List.of(app, pick, newReport, undo, redo, backup, final_, help)) {
            ((javafx.scene.layout.Region) n).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.getStyleClass().add("top-bar");
        return bar;
    }

    private Button historyButton(String id, String text, String tip, javafx.beans.value.ObservableBooleanValue enabled,
                                 java.util.function.Supplier<juesuan.ui.session.Edit> action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.disableProperty().bind(javafx.beans.binding.Bindings.not(enabled));
        b.setOnAction(e -> action.get()); // the session says what was undone and brings its place into view
        return b;
    }

    private Node statusBar(String databaseFile) {
        Label message = new Label();
        message.setId("status-message");
        message.getStyleClass().add("status-message");
        session.statusProperty().addListener((o, a, b) -> {
            message.setText(b.text());
            message.getStyleClass().remove("status-error");
            if (b.error()) {
                message.getStyleClass().add("status-error");
            }
        });
        Label saved = new Label();
        saved.setId("status-saved");
        saved.textProperty().bind(session.savedAtProperty());
        dbLabel.setText(Msg.get("status.database", databaseFile));
        dbLabel.getStyleClass().add("status-db");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(16, message, gap, saved, dbLabel);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 12, 4, 12));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    /** Fills the unit/year selector from the database, read in the background, and shows the open report in it. */
    private void syncSelector() {
        Task<List<ReportSummary>> listing = new Task<>() {
            @Override
            protected List<ReportSummary> call() {
                return session.reports();
            }
        };
        listing.setOnSucceeded(e -> {
            switching = true;
            try {
                reports.setItems(FXCollections.observableArrayList(listing.getValue()));
                Report r = session.report();
                if (r != null) {
                    reports.getItems().stream().filter(s -> s.reportId() == r.getId()).findFirst().ifPresent(reports::setValue);
                }
            } finally {
                switching = false;
            }
        });
        listing.setOnFailed(e -> session.warn(juesuan.failure.Failures.describe(listing.getException())));
        Thread t = new Thread(listing, "list-reports");
        t.setDaemon(true);
        t.start();
    }

    /** Loads another report in the background and shows it. */
    /** Where the 审核 panel begins, as a share of the window's height. */
    public double auditDivider() {
        return auditDivider;
    }

    /** Whether the 审核 panel is folded to its summary line. */
    public boolean auditCollapsed() {
        return auditCollapsed;
    }

    /** Folds or unfolds the 审核 panel (as the officer left it). */
    public void setAuditCollapsed(boolean folded) {
        auditCollapsed = folded;
        if (split.getItems().size() > 1 && split.getItems().get(1) instanceof juesuan.ui.audit.AuditPanel p) {
            p.collapsedProperty().set(folded);
        }
    }

    /** Puts the 审核 panel where the officer left it (a share between 0.2 and 0.95; anything else is ignored). */
    public void setAuditDivider(double share) {
        if (share >= 0.2 && share <= 0.95) {
            auditDivider = share;
            if (split.getDividers().size() > 0) {
                split.setDividerPositions(share);
            }
        }
    }

    public void open(long reportId) {
        open(reportId, null);
    }

    /** Opens a report in the background; the status bar then says {@code said} (or which report was opened). */
    public void open(long reportId, String said) {
        progress.setVisible(true);
        tabs.setDisable(true);
        Task<Report> load = new Task<>() {
            @Override
            protected Report call() {
                return session.store().load(reportId);
            }
        };
        load.setOnSucceeded(e -> {
            session.show(load.getValue());
            progress.setVisible(false);
            tabs.setDisable(false);
            Report r = load.getValue();
            String text = said != null ? said : Msg.get("main.opened", r.unit().getName(), r.fiscalYear());
            session.say(text + juesuan.template.TemplateLoader.fallbackNotice(r.fiscalYear(), r.templateYear())
                    .map(n -> " " + n).orElse(""));
        });
        load.setOnFailed(e -> {
            progress.setVisible(false);
            tabs.setDisable(false);
            session.warn(Msg.get("main.openFailed", load.getException().getMessage()));
            syncSelector();
        });
        Thread t = new Thread(load, "load-report");
        t.setDaemon(true);
        t.start();
    }

    private void buildTabs() {
        String selected = selectedKey();
        tabs.getTabs().clear();
        tabByKey.clear();
        groupByKey.clear();
        unbuilt.clear();
        addingTo = tabs;
        if (session.report() == null) {
            return;
        }
        add("unit", Msg.get("tab.unit"), k -> new UnitView(new UnitViewModel(session)));
        group("tables", Msg.get("tab.tables"));
        for (TableTemplate t : session.template().tables()) {
            add(t.code(), t.shortTitle(), k -> new TableTab(session, t.code()));
        }
        group("supplement", Msg.get("tab.supplement"));
        add("comparisons", Msg.get("tab.comparisons"), k -> comparisons());
        add("threePublic", Msg.get("tab.threePublic"), this::form);
        add("operations", Msg.get("tab.operations"), this::form);
        add("assets", Msg.get("tab.assets"), this::form);
        add("performance", Msg.get("tab.performance"), k -> new PerformanceView(new PerformanceViewModel(session)));
        add("glossary", Msg.get("tab.glossary"), k -> new GlossaryView(session));
        addingTo = tabs;
        add("narrative", Msg.get("tab.narrative"), k -> new juesuan.ui.narrative.NarrativeView(
                new juesuan.ui.narrative.NarrativeViewModel(session), this::jump));
        add("preview", Msg.get("tab.preview"), k -> new juesuan.ui.preview.PreviewView(new juesuan.ui.preview.PreviewViewModel(session)));
        audit = new juesuan.ui.audit.AuditViewModel(session);
        juesuan.ui.audit.AuditPanel panel = new juesuan.ui.audit.AuditPanel(audit, this::jumpTo);
        if (split.getItems().size() > 1) {
            split.getItems().remove(1);
        }
        split.getItems().add(panel);
        panel.collapsedProperty().set(auditCollapsed);
        split.setDividerPositions(auditCollapsed ? 1.0 : auditDivider);
        split.getDividers().get(0).positionProperty().addListener((o, a, b) -> {
            if (!panel.collapsedProperty().get()) {
                auditDivider = b.doubleValue();
            }
        });
        panel.collapsedProperty().addListener((o, a, b) -> {
            auditCollapsed = b;
            split.setDividerPositions(b ? 1.0 : auditDivider);
        });
        audit.addListener(this::updateTabCounts); // each time the background 审核 has new findings
        updateTabCounts();
        if (selected != null && tabByKey.containsKey(selected)) {
            select(selected);
        }
        realizeVisible();
    }

    /** Starts a group of sections: a tab of the top level holding a tab pane of its own, where the next sections go. */
    private void group(String key, String title) {
        TabPane inner = new TabPane();
        inner.setId("sections-" + key);
        inner.getStyleClass().add("section-group");
        inner.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        inner.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> realizeVisible());
        Tab tab = new Tab(title, inner);
        tab.setUserData("group:" + key);
        tab.setId("group-" + key);
        tabs.getTabs().add(tab);
        addingTo = inner;
    }

    private void add(String key, String title, Function<String, Node> content) {
        Tab tab = new Tab(title);
        unbuilt.put(tab, content);
        tab.setUserData(key);
        tab.setId("tab-" + key);
        addingTo.getTabs().add(tab);
        tabByKey.put(key, tab);
        groupByKey.put(key, addingTo == tabs ? tab : tabs.getTabs().getLast());
    }

    /** The keys of every section, in the order of the disclosure. */
    public List<String> sectionKeys() {
        return List.copyOf(tabByKey.keySet());
    }

    /** The key of the section on screen (inside its group), or null before a report is open. */
    public String selectedKey() {
        Tab top = tabs.getSelectionModel().getSelectedItem();
        if (top == null) {
            return null;
        }
        if (top.getContent() instanceof TabPane inner && inner.getStyleClass().contains("section-group")) {
            Tab leaf = inner.getSelectionModel().getSelectedItem();
            return leaf == null ? null : (String) leaf.getUserData();
        }
        return (String) top.getUserData();
    }

    /** The content of a section (its view), made now if it has not been shown yet. */
    public Node content(String key) {
        Tab tab = tabByKey.get(key);
        return tab == null ? null : built(tab);
    }

    /**
     * A section's view, made the first time it is shown or asked for: the window opens with only the section on
     * screen made, and a report with many rows does not build eighteen views before the officer sees one.
     */
    private Node built(Tab tab) {
        Function<String, Node> make = unbuilt.remove(tab);
        if (make != null) {
            tab.setContent(make.apply((String) tab.getUserData()));
            if (lockShown) {
                lock(tab.getContent(), true);
            }
        }
        return tab.getContent();
    }

    /** Whether the fields are shown read-only because the report is 定稿. */
    private boolean lockShown;
    private static final String WAS_EDITABLE = "juesuan.wasEditable";

    /** After each change: a 定稿 report's text fields become read-only (and editable again on 解除定稿). */
    private void followLock() {
        boolean locked = session.report() != null && session.lockReason() != null;
        if (locked != lockShown) {
            lockShown = locked;
            lock(tabs, locked);
        }
    }

    /**
     * Sets every text field and text area under a node read-only (keeping whether it was), or back as it was: a
     * 定稿 report's fields take no typing at all, rather than taking it and refusing it when the field is left.
     */
    private static void lock(Node root, boolean locked) {
        if (root instanceof javafx.scene.control.TextInputControl t) {
            if (locked && !t.getProperties().containsKey(WAS_EDITABLE)) {
                t.getProperties().put(WAS_EDITABLE, t.isEditable());
                t.setEditable(false);
            } else if (!locked && t.getProperties().containsKey(WAS_EDITABLE)) {
                t.setEditable((Boolean) t.getProperties().remove(WAS_EDITABLE));
            }
        }
        if (root instanceof TabPane tp) {
            tp.getTabs().forEach(t -> {
                if (t.getContent() != null) {
                    lock(t.getContent(), locked);
                }
            });
        } else if (root instanceof ScrollPane sp && sp.getContent() != null) {
            lock(sp.getContent(), locked);
        } else if (root instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> lock(c, locked));
        }
    }

    /** Makes the view of the section on screen (inside its group), if it is not made yet. */
    private void realizeVisible() {
        Tab top = tabs.getSelectionModel().getSelectedItem();
        if (top == null) {
            return;
        }
        if (top.getContent() instanceof TabPane inner && inner.getStyleClass().contains("section-group")) {
            Tab leaf = inner.getSelectionModel().getSelectedItem();
            if (leaf != null) {
                built(leaf);
            }
        } else {
            built(top);
        }
    }

    private Node form(String tab) {
        FieldFormView view = new FieldFormView(new FieldFormModel(session, tab));
        Listeners.whileAlive(view, session.revisionProperty(), view::refresh);
        ScrollPane scroll = new ScrollPane(view);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("form-scroll");
        return scroll;
    }

    private Node comparisons() {
        SheetView sheet = new SheetView(new SheetViewModel(new ComparisonSheetModel(session), session));
        sheet.setId("sheet-comparisons");
        Label title = new Label(Msg.get("comparison.title"));
        title.getStyleClass().add("table-title");
        Label hint = new Label(Msg.get("comparison.hint"));
        hint.getStyleClass().add("table-note");
        hint.setWrapText(true);
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(6, title, hint, sheet);
        javafx.scene.layout.VBox.setVgrow(sheet, Priority.ALWAYS);
        box.setPadding(new Insets(10, 12, 8, 12));
        return box;
    }

    /** Puts the count of 错误 and 提示 next to each tab's title. */
    private void updateTabCounts() {
        Map<Tab, int[]> groups = new LinkedHashMap<>();
        tabByKey.forEach((key, tab) -> {
            int[] c = audit.counts(key);
            Tab group = groupByKey.get(key);
            if (group != tab) {
                int[] sum = groups.computeIfAbsent(group, g -> new int[2]);
                sum[0] += c[0];
                sum[1] += c[1];
            }
            tab.setGraphic(counts(c));
        });
        // a group shows the sum of its sections' counts, so nothing is hidden behind a group that is not open
        groups.forEach((tab, c) -> tab.setGraphic(counts(c)));
    }

    private static Node counts(int[] c) {
        {
            HBox box = new HBox(2);
            if (c[0] > 0) {
                Label e = new Label(Integer.toString(c[0]));
                e.getStyleClass().addAll("tab-count", "errors");
                box.getChildren().add(e);
            }
            if (c[1] > 0) {
                Label h = new Label(Integer.toString(c[1]));
                h.getStyleClass().addAll("tab-count", "hints");
                box.getChildren().add(h);
            }
            return box.getChildren().isEmpty() ? null : box;
        }
    }

    /** Opens the place of a 审核 finding: the cell, the field or the tab. */
    public void jumpTo(juesuan.audit.Place p) {
        if (p.field() != null) {
            jump(new juesuan.ui.narrative.NarrativeViewModel.Target(p.tab(), null, null, p.field()));
        } else if (p.row() != null && (session.template().table(p.tab()).isPresent() || "comparisons".equals(p.tab()))) {
            jump(new juesuan.ui.narrative.NarrativeViewModel.Target(p.tab(), p.row(), p.column(), null));
        } else {
            select(p.tab());
        }
    }

    /**
     * Commits what is still being typed before the window closes: a cell's open editor, or a field with the caret in
     * it (leaving a field commits it). Returns null when all of it is accepted, or the refusal of the value that could
     * not be taken (the officer is then asked whether to go back to it).
     */
    public String commitPendingEdits() {
        Node focus = getScene() == null ? null : getScene().getFocusOwner();
        for (Node n = focus; n != null; n = n.getParent()) {
            if (n instanceof SheetView sheet) {
                if (sheet.isEditing() && !sheet.commitEdit()) {
                    var error = sheet.viewModel().errorProperty().get();
                    return error == null ? Msg.get("app.pendingRefused") : error.message();
                }
                return null;
            }
        }
        if (focus instanceof javafx.scene.control.TextInputControl field) {
            requestFocus(); // leaving the field commits it, as a click elsewhere would
            if (field.getStyleClass().contains("error")) {
                ReportSession.Status status = session.statusProperty().get();
                return status != null && status.error() ? status.text() : Msg.get("app.pendingRefused");
            }
        }
        return null;
    }

    /** The audit of the open report. */
    public juesuan.ui.audit.AuditViewModel audit() {
        return audit;
    }

    /** Opens the tab and selects the cell or field a figure of the text comes from. */
    public void jump(juesuan.ui.narrative.NarrativeViewModel.Target t) {
        Tab tab = select(t.tab());
        if (tab == null) {
            return;
        }
        javafx.application.Platform.runLater(() -> {
            if (t.row() != null) {
                Node n = find(built(tab), "sheet-" + t.tab());
                if (n instanceof SheetView sheet) {
                    sheet.viewModel().select(t.row(), t.column());
                    sheet.requestFocus();
                }
            } else if (t.field() != null) {
                Node n = findField(built(tab), t.field());
                if (n != null) {
                    focusSoon(n, 3);
                }
            }
        });
    }

    /**
     * Gives a field the focus and scrolls it into view once its tab is laid out (a tab built just now is laid out in
     * the next pulse), and again if the click that asked for it takes the focus back (the 审核 panel's double-click).
     */
    private static void focusSoon(Node n, int tries) {
        javafx.application.Platform.runLater(() -> {
            n.requestFocus();
            reveal(n);
            if (tries > 1) {
                javafx.application.Platform.runLater(() -> {
                    if (!n.isFocused()) {
                        focusSoon(n, tries - 1);
                    }
                });
            }
        });
    }

    /** Whether a text field is read-only because the report is 定稿 (it is editable otherwise). */
    public static boolean lockedByFinal(javafx.scene.control.TextInputControl t) {
        return t.getProperties().containsKey(WAS_EDITABLE);
    }

    /**
     * The editor of a field a finding names: a node marked with the field's key ({@code FieldFormView.markField}), a
     * form field ({@code field-KEY}) or a paragraph of the text ({@code paragraph-KEY}).
     */
    static Node findField(Node root, String key) {
        return first(root, n -> key.equals(n.getProperties().get(juesuan.ui.forms.FieldFormView.FIELD))
                || ("field-" + key).equals(n.getId()) || ("paragraph-" + key).equals(n.getId()));
    }

    /** The first node under a root (itself included, a scroll pane's content too) that a test accepts. */
    private static Node first(Node root, java.util.function.Predicate<Node> test) {
        if (test.test(root)) {
            return root;
        }
        if (root instanceof javafx.scene.Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                Node found = first(child, test);
                if (found != null) {
                    return found;
                }
            }
        }
        if (root instanceof ScrollPane s && s.getContent() != null) {
            return first(s.getContent(), test);
        }
        return null;
    }

    /** Scrolls every scroll pane around a node so that the node is in view, a little below the top. */
    static void reveal(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane sp && sp.getContent() != null) {
                Node content = sp.getContent();
                javafx.geometry.Bounds b = content.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
                double extra = content.getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
                if (b != null && extra > 0) {
                    double v = Math.max(0, Math.min(1, (b.getMinY() - 24) / extra));
                    sp.setVvalue(sp.getVmin() + v * (sp.getVmax() - sp.getVmin()));
                }
            }
        }
    }

    /** A node by id ({@code lookup} reads dots in ids as style classes). */
    static Node find(Node root, String id) {
        return first(root, n -> id.equals(n.getId()));
    }

    /** Selects a section tab by key (T1 … T9, unit, comparisons, threePublic, operations, assets, performance, glossary). */
    public Tab select(String key) {
        Tab tab = tabByKey.get(key);
        if (tab != null) {
            Tab group = groupByKey.get(key);
            tabs.getSelectionModel().select(group);
            if (group != tab) {
                tab.getTabPane().getSelectionModel().select(tab);
            }
        }
        return tab;
    }

    private static final class ReportCell extends javafx.scene.control.ListCell<ReportSummary> {
        @Override
        protected void updateItem(ReportSummary item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? "" : text(item));
        }

        static String text(ReportSummary item) {
            return Msg.get("main.reportItem", item.unitCode(), item.unitName(), item.fiscalYear());
        }
    }

    public TabPane tabs() {
        return tabs;
    }

    public ReportSession session() {
        return session;
    }
}
