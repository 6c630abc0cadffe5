package app.switchboard.ui.common;

import org.kordamp.ikonli.Ikon;

/**
 * Every icon the app shows: Material Design Icons glyphs (Ikonli's {@code materialdesign2} pack and font), named
 * here with their code points. Ikonli's own enums build all of a letter's icons (hundreds, each parsing its code)
 * the first time one is used; the window's chrome touched ten of them before its first frame, for some 45 icons.
 * {@code AppIconTest} checks each entry against Ikonli's pack; add an icon by looking it up there.
 */
public enum AppIcon implements Ikon {
    ACCOUNT_KEY_OUTLINE("mdi2a-account-key-outline", 0xF0BE4),
    ACCOUNT_MULTIPLE_OUTLINE("mdi2a-account-multiple-outline", 0xF000F),
    ACCOUNT_PLUS_OUTLINE("mdi2a-account-plus-outline", 0xF0801),
    ACCOUNT_SWITCH("mdi2a-account-switch", 0xF0019),
    ALERT_CIRCLE_OUTLINE("mdi2a-alert-circle-outline", 0xF05D6),
    ALERT_OUTLINE("mdi2a-alert-outline", 0xF002A),
    AUTORENEW("mdi2a-autorenew", 0xF006A),
    BELL_OFF_OUTLINE("mdi2b-bell-off-outline", 0xF0A91),
    BOOK_OPEN_VARIANT("mdi2b-book-open-variant", 0xF14F7),
    BUG_OUTLINE("mdi2b-bug-outline", 0xF0A30),
    CALENDAR_ALERT("mdi2c-calendar-alert", 0xF0A31),
    CHART_TIMELINE_VARIANT("mdi2c-chart-timeline-variant", 0xF0E93),
    CHECK("mdi2c-check", 0xF012C),
    CHECK_CIRCLE("mdi2c-check-circle", 0xF05E0),
    CHECK_CIRCLE_OUTLINE("mdi2c-check-circle-outline", 0xF05E1),
    CIRCLE("mdi2c-circle", 0xF0765),
    CLOCK_ALERT_OUTLINE("mdi2c-clock-alert-outline", 0xF05CE),
    CLOSE_CIRCLE("mdi2c-close-circle", 0xF0159),
    COG_OUTLINE("mdi2c-cog-outline", 0xF08BB),
    CONSOLE("mdi2c-console", 0xF018D),
    CONTENT_COPY("mdi2c-content-copy", 0xF018F),
    CONTENT_PASTE("mdi2c-content-paste", 0xF0192),
    CONTENT_SAVE_OUTLINE("mdi2c-content-save-outline", 0xF0818),
    CURSOR_DEFAULT_CLICK_OUTLINE("mdi2c-cursor-default-click-outline", 0xF0CFE),
    DELETE_OUTLINE("mdi2d-delete-outline", 0xF09E7),
    DOWNLOAD("mdi2d-download", 0xF01DA),
    DOWNLOAD_OUTLINE("mdi2d-download-outline", 0xF0B8F),
    DRAW("mdi2d-draw", 0xF0F49),
    EARTH("mdi2e-earth", 0xF01E7),
    EYE_OUTLINE("mdi2e-eye-outline", 0xF06D0),
    FILE_DELIMITED_OUTLINE("mdi2f-file-delimited-outline", 0xF0EA5),
    FILE_EXPORT_OUTLINE("mdi2f-file-export-outline", 0xF102E),
    FILE_IMAGE_OUTLINE("mdi2f-file-image-outline", 0xF0EB0),
    FILE_LOCK_OUTLINE("mdi2f-file-lock-outline", 0xF1030),
    FILTER_OUTLINE("mdi2f-filter-outline", 0xF0233),
    FILTER_REMOVE_OUTLINE("mdi2f-filter-remove-outline", 0xF0235),
    FLASK_OUTLINE("mdi2f-flask-outline", 0xF0096),
    FORMAT_LIST_BULLETED("mdi2f-format-list-bulleted", 0xF0279),
    HELP_CIRCLE_OUTLINE("mdi2h-help-circle-outline", 0xF0625),
    INFORMATION_OUTLINE("mdi2i-information-outline", 0xF02FD),
    KEY_CHAIN_VARIANT("mdi2k-key-chain-variant", 0xF1575),
    KEY_PLUS("mdi2k-key-plus", 0xF0309),
    KEY_VARIANT("mdi2k-key-variant", 0xF030B),
    LAN_CONNECT("mdi2l-lan-connect", 0xF0318),
    LIGHTBULB_ON_OUTLINE("mdi2l-lightbulb-on-outline", 0xF06E9),
    LIGHTNING_BOLT("mdi2l-lightning-bolt", 0xF140B),
    LOCK_OPEN_VARIANT_OUTLINE("mdi2l-lock-open-variant-outline", 0xF0FC7),
    LOCK_OUTLINE("mdi2l-lock-outline", 0xF0341),
    MAGNIFY("mdi2m-magnify", 0xF0349),
    MINUS("mdi2m-minus", 0xF0374),
    PAUSE("mdi2p-pause", 0xF03E4),
    PENCIL_OUTLINE("mdi2p-pencil-outline", 0xF0CB6),
    PLAY("mdi2p-play", 0xF040A),
    PLUS("mdi2p-plus", 0xF0415),
    PULSE("mdi2p-pulse", 0xF0430),
    REFRESH("mdi2r-refresh", 0xF0450),
    ROTATE_RIGHT("mdi2r-rotate-right", 0xF0467),
    SHIELD_CHECK_OUTLINE("mdi2s-shield-check-outline", 0xF0CC8),
    SIGNATURE_FREEHAND("mdi2s-signature-freehand", 0xF0DFC),
    SWAP_HORIZONTAL_BOLD("mdi2s-swap-horizontal-bold", 0xF0BCD),
    TEXT_BOX_SEARCH_OUTLINE("mdi2t-text-box-search-outline", 0xF0EAF),
    UPLOAD_OUTLINE("mdi2u-upload-outline", 0xF0E07),
    WEBHOOK("mdi2w-webhook", 0xF062F);

    private final String description;
    private final int code;

    AppIcon(String description, int code) {
        this.description = description;
        this.code = code;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public int getCode() {
        return code;
    }
}
