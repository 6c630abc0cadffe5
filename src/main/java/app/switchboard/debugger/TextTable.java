package app.switchboard.debugger;

import java.util.ArrayList;
import java.util.List;

/** A plain fixed-width text table for terminal output; long cells are cut with an ellipsis. */
final class TextTable {

    private final String[] headers;
    private final List<String[]> rows = new ArrayList<>();

    TextTable(String... headers) {
        this.headers = headers;
    }

    void row(String... cells) {
        rows.add(cells);
    }

    String render(int maxCellWidth) {
        int[] widths = new int[headers.length];
        for (int i = 0; i < headers.length; i++) {
            widths[i] = headers[i].length();
        }
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.min(maxCellWidth, Math.max(widths[i], clean(r[i]).length()));
            }
        }
        StringBuilder sb = new StringBuilder();
        append(sb, headers, widths);
        for (String[] r : rows) {
            append(sb, r, widths);
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String c = clean(cells[i]);
            if (c.length() > widths[i]) {
                c = c.substring(0, widths[i] - 1) + "…";
            }
            line.append(c).append(" ".repeat(widths[i] - c.length()));
            if (i < cells.length - 1) {
                line.append("  ");
            }
        }
        sb.append(line.toString().stripTrailing()).append('\n');
    }

    /** Newlines and tabs would break the columns. */
    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\r\\n\\t]+", " ");
    }
}
