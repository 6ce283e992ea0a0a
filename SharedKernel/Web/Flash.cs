namespace SalesSuite.SharedKernel.Web;

/// <summary>A one-time message shown after a redirect. Kind: success, info, warning, danger.</summary>
public sealed record Flash(string Kind, string Text);
