fn main() {
    for (name, text) in vox_core::schema::all() {
        std::fs::write(format!("schema/{name}"), text).unwrap();
    }
}
