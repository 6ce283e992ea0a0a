using SalesSuite.Collections.Application.Credit;

namespace SalesSuite.Collections.Areas.Collections.Pages.Credit;

/// <summary>One row of the credit page: the customer, whether the reader may edit, and the problem or note of the last edit.</summary>
internal sealed record CreditRowView(CreditRow Row, bool CanEdit, string? Problem = null, string? Note = null);
