namespace SalesSuite.SharedKernel.Files;

public sealed class FileStoreOptions
{
    public const string Section = "Files";

    /// <summary>The folder of the local file store; empty means &lt;Database:DataFolder&gt;/files. Relative paths are under the content root.</summary>
    public string? Root { get; set; }
}
