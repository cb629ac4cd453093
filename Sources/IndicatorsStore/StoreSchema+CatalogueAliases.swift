extension StoreSchema {
  /// Other names for indicators and regions (`GDP增速`, `R&D经费投入强度`, `宜宾`), each naming
  /// one indicator or one region; they resolve wherever a code does. The default region and
  /// other settings stay in `setting` (`config set region yibin`).
  static let catalogueAliases: Migration = (
    "v5-catalogue-aliases-config",
    """
      CREATE TABLE indicatorAlias (
        alias TEXT PRIMARY KEY,
        indicatorId INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE
      );
      CREATE INDEX indicatorAliasByIndicator ON indicatorAlias(indicatorId);
      CREATE TABLE regionAlias (
        alias TEXT PRIMARY KEY,
        regionId INTEGER NOT NULL REFERENCES region(id) ON DELETE CASCADE
      );
      CREATE INDEX regionAliasByRegion ON regionAlias(regionId);
      """
  )
}
