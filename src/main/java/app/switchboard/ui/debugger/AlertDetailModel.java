package app.switchboard.ui.debugger;

import app.switchboard.debugger.AlertFormatter;
import app.switchboard.debugger.AlertDetail;
import app.switchboard.debugger.AlertText;
import app.switchboard.debugger.ErrorCatalog;
import app.switchboard.debugger.FormEncoded;
import app.switchboard.debugger.ResponseBody;
import app.switchboard.debugger.UrlMasking;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The detail pane's content for one fetched alert, decoded once when it arrives. */
public record AlertDetailModel(AlertRow row, ErrorCatalog.ErrorInfo error, String occurred, String stored,
                               String request, List<FormEncoded.Field> alertText,
                               List<FormEncoded.Field> requestVariables, List<FormEncoded.Field> requestHeaders,
                               List<FormEncoded.Field> responseHeaders, ResponseBody body, String docsUrl,
                               String requestLogFilter) {

    private static final Pattern REQUEST_ID = Pattern.compile("\\bRQ[0-9a-fA-F]{32}\\b");

    static AlertDetailModel of(AlertRow row, AlertDetail detail, ErrorCatalog catalog, String occurred, String stored) {
        var alert = detail.alert();
        ErrorCatalog.ErrorInfo error = catalog.lookup(alert.errorCode());
        String docs = alert.moreInfo() != null && alert.moreInfo().startsWith("https://") ? alert.moreInfo() : error.docsUrl();
        String request = ((alert.requestMethod() == null ? "" : alert.requestMethod() + " ")
                + (alert.requestUrl() == null ? "" : UrlMasking.mask(alert.requestUrl()))).trim();
        List<FormEncoded.Field> variables = masked(FormEncoded.parse(detail.requestVariables()));
        List<FormEncoded.Field> responseHeaders = FormEncoded.parse(detail.responseHeaders());
        return new AlertDetailModel(row, error, occurred, stored, request,
                masked(AlertText.parse(alert.alertText()).fields()), variables,
                masked(FormEncoded.parse(detail.requestHeaders())), responseHeaders,
                ResponseBody.of(detail.responseBody(), AlertFormatter.contentType(detail)), docs,
                requestLogFilter(detail));
    }

    /**
     * What to look for in the request log: a Twilio request id when the alert mentions one (rid=RQ…),
     * else the resource SID the console may have called.
     */
    static String requestLogFilter(AlertDetail detail) {
        for (String s : new String[] {detail.alert().alertText(), detail.requestVariables(), detail.responseHeaders()}) {
            if (s != null) {
                Matcher m = REQUEST_ID.matcher(s); // RQ… ids need no escaping, so the raw string will do
                if (m.find()) {
                    return "rid=" + m.group();
                }
            }
        }
        String resource = detail.alert().resourceSid();
        return resource == null || resource.isBlank() ? null : resource;
    }

    private static List<FormEncoded.Field> masked(List<FormEncoded.Field> fields) {
        return fields.stream().map(f -> new FormEncoded.Field(f.name(), UrlMasking.mask(f.value()))).toList();
    }
}
