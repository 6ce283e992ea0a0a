namespace SalesSuite.Stores.Application.Config;

/// <summary>
/// One option row. A saved option's code is fixed (the row shows it read-only); an empty row is ignored; a row marked
/// <see cref="Remove"/> is deleted only if no feedback used it.
/// </summary>
public sealed class FeedbackOptionInput
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public int Order { get; set; }
    public bool Active { get; set; } = true;
    public bool Remove { get; set; }
    /// <summary>Only for rendering: the row holds a saved option (its code is not editable).</summary>
    public bool Saved { get; set; }

    internal bool IsBlank => string.IsNullOrWhiteSpace(Code) && string.IsNullOrWhiteSpace(Name);

    internal string CodeText => Code?.Trim() ?? string.Empty;
}
