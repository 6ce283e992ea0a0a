namespace SalesSuite.SharedKernel.Files;

/// <summary>
/// Where modules keep uploaded bytes (photos, recordings), outside the database. A key is a relative path with '/'
/// ("stores/1f…/2026-11-23/ab….jpg"); ".." and rooted keys are refused. A save is all or nothing: a reader never sees
/// half a file, even after a crash. The local folder is the default (<see cref="LocalFileStore"/>).
/// </summary>
public interface IFileStore
{
    /// <summary>Writes (or replaces) the file at <paramref name="key"/>.</summary>
    Task SaveAsync(string key, Stream content, CancellationToken cancellationToken);

    /// <summary>The file's bytes, or null when there is no such file. The caller disposes the stream.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>Removes the file; true when it was there (deleting a missing file is not an error).</summary>
    Task<bool> DeleteAsync(string key, CancellationToken cancellationToken);

    Task<bool> ExistsAsync(string key, CancellationToken cancellationToken);

    /// <summary>Every file whose key starts with <paramref name="prefix"/> ("" for all), in no particular order.</summary>
    IAsyncEnumerable<StoredFileInfo> ListAsync(string prefix, CancellationToken cancellationToken);
}
