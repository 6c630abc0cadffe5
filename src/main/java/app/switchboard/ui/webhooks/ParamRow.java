package app.switchboard.ui.webhooks;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One editable form parameter of the signature tab. */
public final class ParamRow {

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty value = new SimpleStringProperty("");

    public ParamRow(String name, String value) {
        this.name.set(name);
        this.value.set(value);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty valueProperty() {
        return value;
    }
}
