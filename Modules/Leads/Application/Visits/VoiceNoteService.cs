using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Files;
using SalesSuite.SharedKernel.Media;

namespace SalesSuite.Leads.Application.Visits;

/// <summary>
/// A follow-up's voice note: at most <see cref="MaxBytes"/>, an audio container recognised by its first bytes (the
/// browser's type must agree when it names one), and at most 30 s as measured from the container on the server
/// (<see cref="AudioDuration"/>; MediaRecorder may stop a little late, so 1 s of tolerance). Stored in the file store.
/// </summary>
internal sealed class VoiceNoteService(IFileStore files)
{
    public const int MaxSeconds = 30;
    public const double ToleranceSeconds = 1;
    public const long MaxBytes = 1024 * 1024;

    /// <summary>The checked note; refusals are <see cref="DomainException"/> with <c>Voice_*</c> keys (nothing stored).</summary>
    public static async Task<VoiceNote> CheckAsync(FileUpload upload, CancellationToken ct)
    {
        DomainException.ThrowIf(upload.Length > MaxBytes, "Voice_TooLarge", MaxBytes / 1024);
        using var buffer = new MemoryStream();
        await upload.Content.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        DomainException.ThrowIf(bytes.Length == 0, "Voice_Empty");
        DomainException.ThrowIf(bytes.LongLength > MaxBytes, "Voice_TooLarge", MaxBytes / 1024);
        var actual = AudioFormat.Sniff(bytes);
        var declared = AudioFormat.FromContentType(upload.ContentType);
        DomainException.ThrowIf(actual is null || (declared is not null && declared != actual), "Voice_WrongType");
        var seconds = AudioDuration.Seconds(actual!, bytes);
        DomainException.ThrowIf(seconds is null, "Voice_Unreadable");
        DomainException.ThrowIf(seconds > MaxSeconds + ToleranceSeconds, "Voice_TooLong", Math.Round(seconds!.Value), MaxSeconds);
        return new VoiceNote(bytes, actual!, seconds!.Value);
    }

    /// <summary>Writes the note under the follow-up's key and returns the key.</summary>
    public async Task<string> StoreAsync(Guid followUpId, VoiceNote note, CancellationToken ct)
    {
        var key = $"leads/voice/{followUpId:N}.{note.Format.Extension}";
        await files.SaveAsync(key, new MemoryStream(note.Bytes, writable: false), ct);
        return key;
    }

    public Task<Stream?> OpenAsync(string key, CancellationToken ct) => files.OpenReadAsync(key, ct);
}
