package app.switchboard.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application. */
public class SwitchboardApp extends Application {

    public static void launchGui(String[] args) {
        Application.launch(SwitchboardApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Switchboard");
        stage.setScene(new Scene(new Label("Switchboard"), 1200, 800));
        stage.show();
    }
}
