//! A JSON object being read field by field: typed getters that report missing or mistyped
//! fields with their path, and whatever is not taken becomes the object's unknown fields.

use serde_json::{Map, Value};

use crate::model::{Diagnostic, Problem, Subject, ValueKind};

pub(super) type Diags = Vec<Diagnostic>;

/// One JSON object being read: the fields not yet taken end up in `extra`.
pub(super) struct Obj {
    pub(super) map: Map<String, Value>,
    pub(super) subject: Subject,
    /// Path of this object inside its subject, with a trailing dot (`choices[2].`).
    pub(super) prefix: String,
}

impl Obj {
    pub(super) fn new(map: Map<String, Value>, subject: Subject, prefix: String) -> Self {
        Self {
            map,
            subject,
            prefix,
        }
    }

    pub(super) fn field(&self, key: &str) -> String {
        format!("{}{key}", self.prefix)
    }

    pub(super) fn report(&self, d: &mut Diags, problem: Problem, key: &str) {
        d.push(Diagnostic::new(
            problem,
            self.subject.clone(),
            self.field(key),
        ));
    }

    /// The value of `key`; `null` counts as absent. Reports a missing required field.
    pub(super) fn take(&mut self, d: &mut Diags, key: &str, required: bool) -> Option<Value> {
        match self.map.remove(key) {
            Some(Value::Null) | None => {
                if required {
                    self.report(d, Problem::MissingField, key);
                }
                None
            }
            Some(v) => Some(v),
        }
    }

    pub(super) fn wrong_type(&self, d: &mut Diags, key: &str, expected: ValueKind) {
        self.report(d, Problem::WrongType { expected }, key);
    }

    pub(super) fn string(&mut self, d: &mut Diags, key: &str, required: bool) -> String {
        match self.take(d, key, required) {
            Some(Value::String(s)) => s,
            Some(_) => {
                self.wrong_type(d, key, ValueKind::Text);
                String::new()
            }
            None => String::new(),
        }
    }

    pub(super) fn bool(&mut self, d: &mut Diags, key: &str, required: bool) -> Option<bool> {
        match self.take(d, key, required)? {
            Value::Bool(b) => Some(b),
            _ => {
                self.wrong_type(d, key, ValueKind::Bool);
                None
            }
        }
    }

    /// An optional whole number that fits `T`; the validator checks its range, so an
    /// out-of-range value is kept (and reported) rather than silently dropped.
    pub(super) fn integer<T: TryFrom<i64>>(&mut self, d: &mut Diags, key: &str) -> Option<T> {
        let value = self.take(d, key, false)?;
        let fitting = value.as_i64().and_then(|v| T::try_from(v).ok());
        if fitting.is_none() {
            let expected = if value.is_i64() || value.is_u64() {
                ValueKind::PositiveInteger
            } else {
                ValueKind::Integer
            };
            self.wrong_type(d, key, expected);
        }
        fitting
    }

    pub(super) fn number(&mut self, d: &mut Diags, key: &str) -> f64 {
        match self.take(d, key, true) {
            Some(Value::Number(n)) => n.as_f64().unwrap_or(f64::NAN),
            Some(_) => {
                self.wrong_type(d, key, ValueKind::Number);
                f64::NAN
            }
            None => f64::NAN,
        }
    }

    pub(super) fn array(&mut self, d: &mut Diags, key: &str, required: bool) -> Vec<Value> {
        match self.take(d, key, required) {
            Some(Value::Array(items)) => items,
            Some(_) => {
                self.wrong_type(d, key, ValueKind::List);
                Vec::new()
            }
            None => Vec::new(),
        }
    }

    /// The objects of array `key`, each as an `Obj` with `make_subject(index, &map)`.
    pub(super) fn objects(
        &mut self,
        d: &mut Diags,
        key: &str,
        required: bool,
        mut make_subject: impl FnMut(usize, &Map<String, Value>) -> Option<Subject>,
    ) -> Vec<Obj> {
        let items = self.array(d, key, required);
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.into_iter().enumerate() {
            match item {
                Value::Object(map) => match make_subject(i, &map) {
                    Some(subject) => out.push(Obj::new(map, subject, String::new())),
                    None => {
                        let prefix = format!("{}{key}[{i}].", self.prefix);
                        out.push(Obj::new(map, self.subject.clone(), prefix));
                    }
                },
                _ => self.wrong_type(d, &format!("{key}[{i}]"), ValueKind::Object),
            }
        }
        out
    }

    pub(super) fn strings(&mut self, d: &mut Diags, key: &str, required: bool) -> Vec<String> {
        let items = self.array(d, key, required);
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.into_iter().enumerate() {
            match item {
                Value::String(s) => out.push(s),
                _ => self.wrong_type(d, &format!("{key}[{i}]"), ValueKind::Text),
            }
        }
        out
    }

    /// The nested object `key`, read by `read`.
    pub(super) fn object<T>(
        &mut self,
        d: &mut Diags,
        key: &str,
        required: bool,
        read: impl FnOnce(&mut Obj, &mut Diags) -> T,
    ) -> Option<T> {
        match self.take(d, key, required)? {
            Value::Object(map) => {
                let mut child = Obj::new(map, self.subject.clone(), self.field(key) + ".");
                Some(read(&mut child, d))
            }
            _ => {
                self.wrong_type(d, key, ValueKind::Object);
                None
            }
        }
    }

    pub(super) fn extra(self) -> Map<String, Value> {
        self.map
    }
}
