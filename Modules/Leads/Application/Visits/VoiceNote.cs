using SalesSuite.SharedKernel.Media;

namespace SalesSuite.Leads.Application.Visits;

/// <summary>A voice note that passed the checks: its bytes, the container its first bytes show, its measured length.</summary>
internal sealed record VoiceNote(byte[] Bytes, AudioFormat Format, double Seconds);
