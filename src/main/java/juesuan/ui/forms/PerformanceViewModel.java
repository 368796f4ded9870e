package juesuan.ui.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import juesuan.i18n.Msg;
import juesuan.model.Indicator;
import juesuan.model.InputError;
import juesuan.model.Money;
import juesuan.model.PerformanceProject;
import juesuan.model.ValueParser;
import juesuan.ui.session.Edit;
import juesuan.ui.session.ReportSession;

/** 预算绩效: the published projects with their 绩效目标自评表 header; the indicators are edited in a grid. */
public final class PerformanceViewModel {
    private final ReportSession session;
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final Map<PerformanceProject, Integer> tokens = new IdentityHashMap<>();
    private int nextToken = 1;

    public PerformanceViewModel(ReportSession session) {
        this.session = session;
        if (!projects().isEmpty()) {
            selected.set(0);
        }
    }

    public ReportSession session() {
        return session;
    }

    public List<PerformanceProject> projects() {
        return session.report().projects();
    }

    public IntegerProperty selectedProperty() {
        return selected;
    }

    /** The selected project, or null. */
    public PerformanceProject project() {
        int i = selected.get();
        return i >= 0 && i < projects().size() ? projects().get(i) : null;
    }

    /** A token that names a project for as long as the report is open (row keys and undo use it). */
    public String token(PerformanceProject p) {
        return "p" + tokens.computeIfAbsent(p, k -> nextToken++);
    }

    /** The project a token names, or null when it is no longer in the report. */
    public PerformanceProject byToken(String token) {
        for (PerformanceProject p : projects()) {
            if (token(p).equals(token)) {
                return p;
            }
        }
        return null;
    }

    /** Adds a blank project (undoable). */
    public void addProject() {
        if (session.refuseIfLocked()) {
            return;
        }
        PerformanceProject p = new PerformanceProject();
        p.setName(Msg.get("project.newName", projects().size() + 1));
        p.setDepartment(session.report().unit().getCode() + "-" + session.report().unit().getName());
        int at = projects().size();
        session.history().perform(structural(Msg.get("edit.addProject", p.getName()),
                () -> projects().add(at, p), () -> projects().remove(p), at));
    }

    /** Removes the selected project with its indicators (undoable). */
    public void removeProject() {
        if (session.refuseIfLocked()) {
            return;
        }
        int i = selected.get();
        if (i < 0 || i >= projects().size()) {
            return;
        }
        PerformanceProject p = projects().get(i);
        session.history().perform(structural(Msg.get("edit.removeProject", p.getName()),
                () -> projects().remove(p), () -> projects().add(i, p), i));
    }

    /** An undoable change of the project or indicator lists; saves and keeps a sensible selection. */
    Edit structural(String label, Runnable apply, Runnable revert, int select) {
        Runnable after = () -> {
            save();
            selected.set(Math.min(select, projects().size() - 1));
        };
        return Edit.at(label, juesuan.ui.session.EditPlace.section("performance"), () -> {
            apply.run();
            after.run();
        }, () -> {
            revert.run();
            after.run();
        });
    }

    public String text(ProjectField f) {
        PerformanceProject p = project();
        if (p == null) {
            return "";
        }
        Object v = f.get(p);
        return switch (f.type()) {
            case MONEY -> v == null ? "" : Money.editableWan((BigDecimal) v);
            case DECIMAL -> v == null ? "" : ((BigDecimal) v).toPlainString();
            default -> v == null ? "" : v.toString();
        };
    }

    /** Accepts a header value; returns null or the refusal message (nothing changed then). */
    public String commit(ProjectField f, String text) {
        if (session.refuseIfLocked()) {
            return session.lockReason();
        }
        PerformanceProject p = project();
        if (p == null) {
            return null;
        }
        Object v;
        try {
            v = switch (f.type()) {
                case MONEY -> ValueParser.parseWanToYuan(text, false);
                case DECIMAL -> ValueParser.parseDecimal(text, false);
                default -> text == null ? "" : text.strip();
            };
        } catch (InputError e) {
            String message = Msg.get("form.refused", Msg.get(f.labelKey()), e.getMessage());
            session.warn(message);
            return message;
        }
        if (f == ProjectField.NAME && ((String) v).isEmpty()) {
            String message = Msg.get("project.nameRequired");
            session.warn(message);
            return message;
        }
        if (Objects.equals(v, f.get(p))) {
            return null;
        }
        Object before = f.get(p);
        Object after = v;
        session.history().perform(structural(Msg.get("edit.projectField", Msg.get(f.labelKey()), p.getName()),
                () -> f.set(p, after), () -> f.set(p, before), selected.get()));
        return null;
    }

    /** Writes all projects (a copy, so the background writer never sees later edits). */
    void save() {
        List<PerformanceProject> snapshot = new ArrayList<>();
        for (PerformanceProject p : projects()) {
            snapshot.add(copy(p));
        }
        long id = session.reportId();
        session.persist(store -> store.saveProjects(id, snapshot));
        session.changed();
    }

    private static PerformanceProject copy(PerformanceProject p) {
        PerformanceProject c = new PerformanceProject();
        for (ProjectField f : ProjectField.values()) {
            f.set(c, f.get(p));
        }
        c.setIndicators(new ArrayList<Indicator>(p.getIndicators()));
        return c;
    }
}
