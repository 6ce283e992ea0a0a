using System.Text;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using SalesSuite.SharedKernel.Files;
using SalesSuite.SharedKernel.Tests.Fixtures;

namespace SalesSuite.SharedKernel.Tests.Files;

/// <summary>The local file store: keys stay inside the folder, writes are whole or absent, listing and deleting by prefix.</summary>
public sealed class LocalFileStoreTests : IDisposable
{
    private readonly string _folder = KernelHost.NewFolder();
    private readonly FakeClock _clock = new(KernelHost.Start);
    private readonly LocalFileStore _store;

    public LocalFileStoreTests() => _store = new LocalFileStore(_folder, _clock);

    public void Dispose() => KernelHost.DeleteFolder(_folder);

    private static MemoryStream Text(string text) => new(Encoding.UTF8.GetBytes(text));

    private async Task<string?> ReadAsync(string key)
    {
        await using var stream = await _store.OpenReadAsync(key, CancellationToken.None);
        if (stream is null)
        {
            return null;
        }
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }

    private async Task<List<StoredFileInfo>> ListAsync(string prefix)
    {
        var list = new List<StoredFileInfo>();
        await foreach (var file in _store.ListAsync(prefix, CancellationToken.None))
        {
            list.Add(file);
        }
        return list;
    }

    [Fact]
    public async Task Given_a_saved_file_When_read_Then_the_bytes_come_back_and_it_exists()
    {
        await _store.SaveAsync("stores/a/2026-11-23/one.jpg", Text("hello"), CancellationToken.None);

        Assert.Equal("hello", await ReadAsync("stores/a/2026-11-23/one.jpg"));
        Assert.True(await _store.ExistsAsync("stores/a/2026-11-23/one.jpg", CancellationToken.None));
        Assert.True(File.Exists(Path.Combine(_folder, "stores", "a", "2026-11-23", "one.jpg")));
    }

    [Fact]
    public async Task Given_a_saved_file_When_saved_again_Then_it_is_replaced()
    {
        await _store.SaveAsync("a/b.txt", Text("first"), CancellationToken.None);
        await _store.SaveAsync("a/b.txt", Text("second"), CancellationToken.None);

        Assert.Equal("second", await ReadAsync("a/b.txt"));
    }

    [Fact]
    public async Task Given_no_file_When_read_or_deleted_Then_null_and_false_without_error()
    {
        Assert.Null(await ReadAsync("nothing/here.jpg"));
        Assert.False(await _store.DeleteAsync("nothing/here.jpg", CancellationToken.None));
        Assert.False(await _store.ExistsAsync("nothing/here.jpg", CancellationToken.None));
    }

    [Fact]
    public async Task Given_a_file_When_deleted_twice_Then_it_is_gone_and_the_second_delete_is_harmless()
    {
        await _store.SaveAsync("x/y.bin", Text("bytes"), CancellationToken.None);

        Assert.True(await _store.DeleteAsync("x/y.bin", CancellationToken.None));
        Assert.False(await _store.DeleteAsync("x/y.bin", CancellationToken.None));
        Assert.Null(await ReadAsync("x/y.bin"));
    }

    [Theory]
    [InlineData("../outside.txt")]
    [InlineData("a/../../outside.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("C:/windows/file.txt")]
    [InlineData("a\\b.txt")]
    [InlineData("a//b.txt")]
    [InlineData(".incoming/x.tmp")]
    [InlineData("")]
    public async Task Given_a_key_leaving_the_folder_When_saved_Then_it_is_refused_and_nothing_is_written(string key)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _store.SaveAsync(key, Text("evil"), CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => _store.OpenReadAsync(key, CancellationToken.None));

        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(_folder)!, "outside.txt")));
        Assert.Empty(await ListAsync(""));
    }

    [Fact]
    public async Task Given_a_stream_that_fails_midway_When_saved_Then_no_file_and_no_temp_file_is_left()
    {
        await Assert.ThrowsAsync<IOException>(() => _store.SaveAsync("half/file.jpg", new FailingStream(), CancellationToken.None));

        Assert.False(await _store.ExistsAsync("half/file.jpg", CancellationToken.None));
        Assert.Empty(await ListAsync(""));
        Assert.Empty(Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Given_files_under_several_prefixes_When_listed_by_prefix_Then_only_those_come_back_with_size_and_clock_time()
    {
        await _store.SaveAsync("stores/a/1.jpg", Text("12345"), CancellationToken.None);
        _clock.Advance(Duration.FromHours(2));
        await _store.SaveAsync("stores/b/2.jpg", Text("12"), CancellationToken.None);
        await _store.SaveAsync("other/3.jpg", Text("1"), CancellationToken.None);

        var stores = await ListAsync("stores/");
        var a = await ListAsync("stores/a");

        Assert.Equal(["stores/a/1.jpg", "stores/b/2.jpg"], stores.Select(f => f.Key).Order());
        var first = Assert.Single(a);
        Assert.Equal(5, first.Bytes);
        Assert.Equal(KernelHost.Start, first.WrittenAt);
        Assert.Equal(KernelHost.Start + Duration.FromHours(2), stores.Single(f => f.Key == "stores/b/2.jpg").WrittenAt);
        Assert.Empty(await ListAsync("missing/"));
    }

    [Fact]
    public async Task Given_the_kernel_When_no_root_is_configured_Then_files_go_under_the_data_folder()
    {
        var folder = KernelHost.NewFolder();
        try
        {
            await using var host = await KernelHost.StartAsync(folder);
            var store = host.Services.GetRequiredService<IFileStore>();
            await store.SaveAsync("k/v.txt", Text("v"), CancellationToken.None);

            Assert.True(File.Exists(Path.Combine(folder, "files", "k", "v.txt")));
        }
        finally
        {
            KernelHost.DeleteFolder(folder);
        }
    }

    [Fact]
    public async Task Given_Files_Root_When_configured_Then_files_go_there()
    {
        var folder = KernelHost.NewFolder();
        var root = Path.Combine(folder, "elsewhere");
        try
        {
            await using var host = await KernelHost.StartAsync(folder, settings: new() { ["Files:Root"] = root });
            var store = host.Services.GetRequiredService<IFileStore>();
            await store.SaveAsync("k/v.txt", Text("v"), CancellationToken.None);

            Assert.True(File.Exists(Path.Combine(root, "k", "v.txt")));
            Assert.False(Directory.Exists(Path.Combine(folder, "files")));
        }
        finally
        {
            KernelHost.DeleteFolder(folder);
        }
    }

    /// <summary>Gives a few bytes, then fails like a dropped upload.</summary>
    private sealed class FailingStream : MemoryStream
    {
        public FailingStream()
            : base(new byte[10])
        {
        }

        public override int Read(Span<byte> buffer) => Position > 0 ? throw new IOException("connection reset") : base.Read(buffer);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Position > 0 ? throw new IOException("connection reset") : base.ReadAsync(buffer, cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) =>
            Position > 0 ? throw new IOException("connection reset") : base.Read(buffer, offset, count);
    }
}
