namespace SalesSuite.SharedKernel.Persistence;

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>"Sqlite" (embedded default: one file per module) or "SqlServer" (one database, schema per module).</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Folder for the SQLite files; relative paths are under the app's content root.</summary>
    public string DataFolder { get; set; } = "App_Data";

    /// <summary>SQL Server connection string (also read from ConnectionStrings:SqlServer).</summary>
    public string? SqlServerConnectionString { get; set; }

    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>
    /// SQLite only: use each context's compiled model (Data/CompiledModels, tools/optimize-models.sh) instead of building
    /// the model at the context's first use. On by default; false builds every model from the code (as SQL Server does).
    /// </summary>
    public bool CompiledModels { get; set; } = true;

    /// <summary>
    /// SQLite only: how a commit reaches the disk. Normal (default, with WAL): safe when the process dies; the last
    /// commits can be lost when the machine loses power. Full: every commit waits for the disk (slower writes).
    /// </summary>
    public SqliteSynchronous SqliteSynchronous { get; set; } = SqliteSynchronous.Normal;

    /// <summary>
    /// SQLite only: the page cache of each pooled connection, in KiB (SQLite's default is 2,000). Every module database
    /// keeps a pool of connections and each holds its own cache, so this times (modules × connections) is memory; the
    /// operating system's file cache still holds the pages a smaller cache gives up.
    /// </summary>
    public int SqliteCacheKiB { get; set; } = 1024;
}
