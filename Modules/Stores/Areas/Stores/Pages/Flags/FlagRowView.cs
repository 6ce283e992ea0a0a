using SalesSuite.Stores.Application.Flags;

namespace SalesSuite.Stores.Areas.Stores.Pages.Flags;

/// <summary>One flag's row, with the problem of the last acknowledgement and the note typed.</summary>
internal sealed record FlagRowView(FlagRow Row, string? Problem = null, string? Typed = null);
