package juesuan.exchange;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ReaderException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import juesuan.failure.UserFailure;
import juesuan.i18n.Msg;

/** Reads the check code from the QR code on a scanned or photographed signature page. */
public final class QrReader {
    private QrReader() {
    }

    /** The text of the QR code in an image file (PNG, JPEG, BMP, GIF). */
    public static String read(Path image) {
        BufferedImage img;
        try {
            img = ImageIO.read(image.toFile());
        } catch (IOException e) {
            throw new UserFailure(Msg.get("qr.unreadable", image.getFileName()), e);
        }
        if (img == null) {
            if (!image.toFile().exists()) {
                throw new UserFailure(Msg.get("cli.noFile", image), new NoSuchFileException(image.toString()));
            }
            throw new UserFailure(Msg.get("qr.unreadable", image.getFileName()));
        }
        return read(img).orElseThrow(() -> new UserFailure(Msg.get("qr.notFound", image.getFileName())));
    }

    /** The text of the QR code in an image, if one can be found. */
    public static java.util.Optional<String> read(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        int[] pixels = img.getRGB(0, 0, w, h, null, 0, w);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels)));
        try {
            return java.util.Optional.of(new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
                    DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE))).getText());
        } catch (NotFoundException e) {
            return java.util.Optional.empty();
        } catch (ReaderException e) {
            return java.util.Optional.empty();
        }
    }
}
