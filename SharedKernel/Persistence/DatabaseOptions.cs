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
}
