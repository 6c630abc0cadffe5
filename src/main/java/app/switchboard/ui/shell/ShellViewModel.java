package app.switchboard.ui.shell;

import app.switchboard.accounts.AccountDirectory;
import app.switchboard.accounts.AccountNode;
import app.switchboard.accounts.AccountsException;
import app.switchboard.accounts.Profile;
import app.switchboard.accounts.SubaccountTree;
import app.switchboard.accounts.WorkspaceTarget;
import app.switchboard.settings.Settings;
import app.switchboard.ui.AppContext;
import app.switchboard.ui.common.TaskRunner;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The main window's state: the current screen, the workspace and selected account (mirroring
 * {@link app.switchboard.accounts.Workspace} as properties), the account switcher's choices and the status bar.
 */
public final class ShellViewModel {
    /** Where a click on the status bar's Twilio status goes, in the demo too: the only page with real news. */
    public static final String TWILIO_STATUS_PAGE = "https://status.twilio.com";
    private static final DateTimeFormatter CHECKED_AT = DateTimeFormatter.ofPattern("HH:mm");

    private final AppContext ctx;
    private final TaskRunner tasks;
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.ACCOUNTS);
    /** The choices to remember, read by the background writes (see {@link #save}). */
    private volatile Screen lastScreen;
    private volatile String activeProfile;
    private final ReadOnlyStringWrapper workspaceName = new ReadOnlyStringWrapper("Demo workspace");
    private final BooleanProperty demo = new SimpleBooleanProperty(true);
    private final ObjectProperty<AccountNode> account = new SimpleObjectProperty<>();
    private final ObjectProperty<SubaccountTree> tree = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper accountProblem = new ReadOnlyStringWrapper();
    private final BooleanProperty loadingAccounts = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper servicesStarted = new ReadOnlyBooleanWrapper();
    private final ObservableList<Profile> profiles = FXCollections.observableArrayList();
    private final ObservableList<AccountNode> accounts = FXCollections.observableArrayList();
    // The app starts on the demo workspace, whose region is the local sandbox.
    private final ReadOnlyStringWrapper region = new ReadOnlyStringWrapper("local sandbox");
    private final ReadOnlyStringWrapper secretStore = new ReadOnlyStringWrapper("Checking keychain…");
    private final ObjectProperty<Integer> concurrency = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper lastRequestId = new ReadOnlyStringWrapper();
    private final ObjectProperty<TwilioStatus> twilioStatus = new SimpleObjectProperty<>(TwilioStatus.UNKNOWN);
    private final ReadOnlyStringWrapper twilioStatusText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper twilioStatusDetail = new ReadOnlyStringWrapper();
    private TaskRunner.Cancellable statusTick;
    /** The accounts listing that runs, if one does (FX thread only). */
    private AccountsListing accountsListing;

    public ShellViewModel(AppContext ctx) {
        this.ctx = ctx;
        this.tasks = ctx.tasks();
        ctx.workspace().addListener((target, sid) -> tasks.run("workspace-changed", () -> null,
                v -> workspaceChanged(), e -> { }));
        ctx.secrets().addListener(() -> tasks.run("secrets-changed", () -> null,
                v -> secretStore.set(ctx.secrets().describe()), e -> { }));
        ctx.onServicesChanged(() -> tasks.run("services-changed", () -> null, v -> servicesArrived(), e -> { }));
        showTwilioStatus(TwilioStatusReport.NOT_CHECKED);
        Screen.byId(ctx.settings().get().getLastScreen()).ifPresent(screen::set);
        screen.addListener((o, was, now) -> rememberScreen(now));
    }

    private void rememberScreen(Screen now) {
        lastScreen = now;
        save(s -> s.setLastScreen(lastScreen.id()));
    }

    /**
     * Saves a choice for the next launch, off the FX thread: the settings file is forced to disk, which held the
     * FX thread for up to tens of milliseconds in the very frame a navigation builds the new screen. Each change
     * reads the choice current when it runs, so writes that finish out of order still leave the last one.
     */
    private void save(Consumer<Settings> change) {
        tasks.run("save-settings", () -> {
            ctx.settings().update(change);
            return null;
        }, v -> { }, e -> ctx.dialogs().notify("Settings not saved", e.getMessage()));
    }

    //*** Commands ***//

    /** Starts the status-bar refresh tick and loads profiles and accounts. */
    public void start() {
        secretStore.set(ctx.secrets().describe());
        reloadProfiles();
        statusTick = tasks.every(Duration.ofSeconds(1), this::refreshStatus);
    }

    public void stop() {
        if (statusTick != null) {
            statusTick.cancel();
        }
    }

    public void navigate(Screen target) {
        screen.set(target);
    }

    /** Switches to a profile (or the demo when null), remembering the choice. */
    public void switchTo(Profile profile) {
        WorkspaceTarget target = profile == null ? WorkspaceTarget.DEMO : new WorkspaceTarget(profile);
        String main = profile == null ? ctx.services().demoAccountSid() : profile.accountSid();
        activeProfile = profile == null ? null : profile.name();
        save(s -> s.setActiveProfile(activeProfile));
        ctx.workspace().switchTo(target, main);
    }

    /** Opens status.twilio.com in the browser (the status bar's Twilio status item). */
    public void openTwilioStatusPage() {
        ctx.openInBrowser(TWILIO_STATUS_PAGE);
    }

    public void selectAccount(AccountNode node) {
        ctx.workspace().selectAccount(node.sid());
    }

    public void reloadProfiles() {
        tasks.run("list-profiles", () -> ctx.profiles().list(), list -> {
            profiles.setAll(list);
            restoreActiveProfile(list);
        }, e -> accountProblem.set(e.getMessage()));
    }

    /**
     * Reloads the accounts of the current workspace through the account directory. While a listing of the same
     * workspace through the same directory runs, it is that listing's answer that counts: the start alone
     * asked for the accounts four times (services, workspace, profiles), each a request to Twilio. A listing
     * overtaken by one for another workspace or directory is dropped when it ends, so it never shows the
     * accounts of a workspace the user has left.
     */
    public void reloadAccounts() {
        WorkspaceTarget target = ctx.workspace().target();
        AccountDirectory directory = ctx.services().accountDirectory();
        AccountsListing listing = new AccountsListing(target, directory);
        if (listing.equals(accountsListing)) {
            return;
        }
        accountsListing = listing;
        loadingAccounts.set(true);
        tasks.run("list-accounts", () -> directory.load(target), t -> {
            if (!listing.equals(accountsListing)) {
                return;
            }
            accountsListing = null;
            loadingAccounts.set(false);
            accountProblem.set(null);
            tree.set(t);
            List<AccountNode> all = new ArrayList<>();
            all.add(t.main());
            all.addAll(t.subaccounts());
            accounts.setAll(all);
            String sid = ctx.workspace().accountSid();
            account.set(all.stream().filter(a -> a.sid().equals(sid)).findFirst().orElse(t.main()));
        }, e -> {
            if (!listing.equals(accountsListing)) {
                return;
            }
            accountsListing = null;
            loadingAccounts.set(false);
            tree.set(null);
            accounts.clear();
            accountProblem.set(e instanceof AccountsException ? e.getMessage() : "Accounts could not be listed: " + e);
        });
    }

    /** Reads the status feed; called by the tick, public for tests. */
    public void refreshStatus() {
        StatusFeed.Snapshot s = ctx.services().statusFeed().snapshot();
        concurrency.set(s.concurrency());
        lastRequestId.set(s.lastRequestId());
        showTwilioStatus(s.twilioStatus());
    }

    private void showTwilioStatus(TwilioStatusReport r) {
        twilioStatus.set(r.status());
        // The page's own words; the tooltip says whose page it is.
        String text = r.status() == TwilioStatus.UNKNOWN || r.description() == null ? r.status().label()
                : r.description();
        twilioStatusText.set(r.sandbox() ? text + " (sandbox)" : text);
        twilioStatusDetail.set(describe(r) + "\nClick to open " + TWILIO_STATUS_PAGE + ".");
    }

    private static String describe(TwilioStatusReport r) {
        String page = r.sandbox() ? "The demo sandbox's stand-in for status.twilio.com (not Twilio's real status)"
                : "status.twilio.com";
        if (r.checkedAt() == null) {
            return "Twilio's status page has not been read yet.";
        }
        String checked = "\nChecked at " + CHECKED_AT.format(r.checkedAt().atZone(ZoneId.systemDefault())) + ".";
        if (r.status() == TwilioStatus.UNKNOWN) {
            String why = r.problem() == null ? "no reason given" : r.problem();
            return page + " could not be read: " + why + (why.endsWith(".") ? "" : ".") + checked;
        }
        return page + " says: " + (r.description() == null ? r.status().label() : r.description()) + checked;
    }

    private void restoreActiveProfile(List<Profile> list) {
        String active = ctx.settings().get().getActiveProfile();
        Profile profile = list.stream().filter(p -> p.name().equals(active)).findFirst().orElse(null);
        WorkspaceTarget current = ctx.workspace().target();
        if (profile != null && current.isDemo()) {
            ctx.workspace().switchTo(new WorkspaceTarget(profile), profile.accountSid());
        } else if (!current.isDemo() && list.stream().noneMatch(p -> p.equals(current.profile()))) {
            // The active profile was removed or edited: follow the saved version, or fall back to the demo.
            Profile same = list.stream().filter(p -> p.name().equals(current.profile().name())).findFirst().orElse(null);
            switchTo(same);
        } else {
            workspaceChanged();
        }
    }

    /** The background start of the services ended (whether or not any were plugged in). */
    public void markServicesStarted() {
        // Accounts first: screens count as loaded once the services started and no listing is running, so
        // the listing must already be running when the flag turns (the snapshot and the startup benchmark
        // would otherwise take the screen while it still says "Loading accounts…").
        servicesArrived();
        servicesStarted.set(true);
    }

    private void servicesArrived() {
        if (ctx.workspace().target().isDemo() && ctx.services().demoAccountSid() != null) {
            ctx.workspace().switchTo(WorkspaceTarget.DEMO, ctx.services().demoAccountSid());
        }
        reloadAccounts();
        refreshStatus();
    }

    private void workspaceChanged() {
        WorkspaceTarget t = ctx.workspace().target();
        workspaceName.set(t.displayName());
        demo.set(t.isDemo());
        region.set(t.isDemo() ? "local sandbox" : describeRegion(t.profile()));
        String sid = ctx.workspace().accountSid();
        AccountNode known = accounts.stream().filter(a -> a.sid().equals(sid)).findFirst().orElse(null);
        if (known != null) {
            account.set(known);
        } else {
            reloadAccounts();
        }
    }

    private static String describeRegion(Profile p) {
        String edge = p.edge() == null || p.edge().isBlank() ? "" : " · " + p.edge();
        return p.effectiveRegion() + edge;
    }

    //*** Properties ***//

    public ObjectProperty<Screen> screenProperty() {
        return screen;
    }

    public ReadOnlyStringProperty workspaceNameProperty() {
        return workspaceName.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty demoProperty() {
        return demo;
    }

    public ReadOnlyObjectProperty<AccountNode> accountProperty() {
        return account;
    }

    public ReadOnlyObjectProperty<SubaccountTree> treeProperty() {
        return tree;
    }

    public ReadOnlyStringProperty accountProblemProperty() {
        return accountProblem.getReadOnlyProperty();
    }

    /** False until the background services start finished; screens count as loading until then. */
    public ReadOnlyBooleanProperty servicesStartedProperty() {
        return servicesStarted.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingAccountsProperty() {
        return loadingAccounts;
    }

    public ObservableList<Profile> profiles() {
        return profiles;
    }

    public ObservableList<AccountNode> accounts() {
        return accounts;
    }

    public ReadOnlyStringProperty regionProperty() {
        return region.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty secretStoreProperty() {
        return secretStore.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Integer> concurrencyProperty() {
        return concurrency;
    }

    public ReadOnlyStringProperty lastRequestIdProperty() {
        return lastRequestId.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TwilioStatus> twilioStatusProperty() {
        return twilioStatus;
    }

    /** The status bar's words for Twilio's status: the page's own description, marked "(sandbox)" in the demo. */
    public ReadOnlyStringProperty twilioStatusTextProperty() {
        return twilioStatusText.getReadOnlyProperty();
    }

    /** The tooltip: which page was read, what it said or why it could not be read, and when. */
    public ReadOnlyStringProperty twilioStatusDetailProperty() {
        return twilioStatusDetail.getReadOnlyProperty();
    }

    /** A listing of one workspace's accounts through one directory (the services' directory changes once they start). */
    private record AccountsListing(WorkspaceTarget target, AccountDirectory directory) {
    }
}
