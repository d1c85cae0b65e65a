package org.reviewdesk.gui.meta;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.reviewdesk.model.Entity;

/** One editable row of the entities table; null parts stay absent. */
public final class EntityRow {
    private final StringProperty name;
    private final StringProperty type;

    EntityRow(Entity entity, Runnable onChange) {
        name = new SimpleStringProperty(this, "name", entity.name());
        type = new SimpleStringProperty(this, "type", entity.type());
        name.addListener((o, was, now) -> onChange.run());
        type.addListener((o, was, now) -> onChange.run());
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty typeProperty() {
        return type;
    }

    Entity toEntity() {
        return new Entity(name.get(), type.get());
    }
}
