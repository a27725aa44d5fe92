package org.stptoolkit.model.json;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A model record's components as its JSON has them (the component names are the field names, in
 * declaration order), with their generic types, accessors and the canonical constructor: found once per
 * type, for binding a footprint from its tree ({@link FootprintBinder}) and for walking its texts
 * ({@link FootprintTexts}).
 */
final class RecordShape {

  private static final ConcurrentHashMap<Class<?>, RecordShape> SHAPES = new ConcurrentHashMap<>();

  private final String[] names;
  private final Type[] types;
  private final Method[] accessors;
  private final Constructor<?> constructor;

  private RecordShape(Class<?> record) {
    RecordComponent[] rc = record.getRecordComponents();
    names = new String[rc.length];
    types = new Type[rc.length];
    accessors = new Method[rc.length];
    Class<?>[] raw = new Class<?>[rc.length];
    for (int i = 0; i < rc.length; i++) {
      names[i] = rc[i].getName();
      types[i] = rc[i].getGenericType();
      accessors[i] = rc[i].getAccessor();
      raw[i] = rc[i].getType();
    }
    try {
      constructor = record.getDeclaredConstructor(raw);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("a record without its canonical constructor: " + record, e);
    }
  }

  /** The shape of a record type. */
  static RecordShape of(Class<?> record) {
    return SHAPES.computeIfAbsent(record, RecordShape::new);
  }

  /** How many components. */
  int size() {
    return names.length;
  }

  /** Component {@code i}'s name (its JSON field's). */
  String name(int i) {
    return names[i];
  }

  /** Component {@code i}'s generic type. */
  Type type(int i) {
    return types[i];
  }

  /** The index of the component named {@code name}, or -1. */
  int index(String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** Component {@code i} of {@code r}. */
  Object get(int i, Record r) {
    try {
      return accessors[i].invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("a part of a footprint that cannot be read: " + names[i], e);
    }
  }

  /**
   * A new record from its components' values.
   *
   * @throws InvocationTargetException when the record refuses the values
   * @throws ReflectiveOperationException when it cannot be made
   */
  Object newInstance(Object[] values) throws ReflectiveOperationException {
    return constructor.newInstance(values);
  }
}
