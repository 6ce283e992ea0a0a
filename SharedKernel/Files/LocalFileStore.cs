using System.Runtime.CompilerServices;
using NodaTime;

namespace SalesSuite.SharedKernel.Files;

/// <summary>
/// The file store on a local folder (<see cref="FileStoreOptions.Root"/>, by default &lt;Database:DataFolder&gt;/files).
/// A save writes a temp file in the hidden ".incoming" folder of the same root, then moves it into place (an atomic
/// rename on one volume), so a crash leaves at most a temp file, never half a stored file. The write time is set from
/// the injected clock so age-based clean-ups agree with the rest of the app (and with a FakeClock in tests).
/// </summary>
public sealed class LocalFileStore : IFileStore
{
    private const string Incoming = ".incoming";
    private readonly IClock _clock;

    public LocalFileStore(string root, IClock clock)
    {
        Root = Path.GetFullPath(root);
        _clock = clock;
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public async Task SaveAsync(string key, Stream content, CancellationToken cancellationToken)
    {
        var target = PathOf(key);
        var incoming = Path.Combine(Root, Incoming);
        Directory.CreateDirectory(incoming);
        var temp = Path.Combine(incoming, Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await content.CopyToAsync(file, cancellationToken);
                await file.FlushAsync(cancellationToken);
                file.Flush(flushToDisk: true);
            }
            File.SetLastWriteTimeUtc(temp, _clock.GetCurrentInstant().ToDateTimeUtc());
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(temp, target, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        try
        {
            Stream stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, useAsync: true);
            return Task.FromResult<Stream?>(stream);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        if (!File.Exists(path))
        {
            return Task.FromResult(false);
        }
        File.Delete(path);
        return Task.FromResult(true);
    }

    public Task<bool> ExistsAsync(string key, CancellationToken cancellationToken) => Task.FromResult(File.Exists(PathOf(key)));

    public async IAsyncEnumerable<StoredFileInfo> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!FileKeys.IsValidPrefix(prefix))
        {
            throw new ArgumentException($"'{prefix}' is not a file-store prefix.", nameof(prefix));
        }
        var slash = prefix.LastIndexOf('/');
        var folder = slash < 0 ? Root : Path.Combine(Root, prefix[..slash].Replace('/', Path.DirectorySeparatorChar));
        if (!Directory.Exists(folder))
        {
            yield break;
        }
        await Task.CompletedTask;
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 };
        foreach (var path in Directory.EnumerateFiles(folder, "*", options))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var key = Path.GetRelativePath(Root, path).Replace(Path.DirectorySeparatorChar, '/');
            if (!key.StartsWith(prefix, StringComparison.Ordinal) || !FileKeys.IsValid(key))
            {
                continue;
            }
            var info = new FileInfo(path);
            if (info.Exists)
            {
                yield return new StoredFileInfo(key, info.Length, Instant.FromDateTimeUtc(info.LastWriteTimeUtc));
            }
        }
    }

    /// <summary>The full path of a key, checked to stay under <see cref="Root"/>.</summary>
    public string PathOf(string key)
    {
        FileKeys.Check(key);
        var path = Path.GetFullPath(Path.Combine(Root, key.Replace('/', Path.DirectorySeparatorChar)));
        if (!path.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{key}' points outside the file store.", nameof(key));
        }
        return path;
    }
}
