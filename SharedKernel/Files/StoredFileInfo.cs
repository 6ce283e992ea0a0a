using NodaTime;

namespace SalesSuite.SharedKernel.Files;

/// <summary>One stored file: its key, size and when it was written (on the injected clock).</summary>
public sealed record StoredFileInfo(string Key, long Bytes, Instant WrittenAt);
